export default { title: 'B2B meetings' };
