export default { title: 'Registration' };
