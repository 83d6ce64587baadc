export default { title: '행사' };
