export default { title: 'B2B 미팅' };
