export default { title: '행사 결과' };
