export default { title: '엑스포' };
