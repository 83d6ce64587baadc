export default { title: 'Expo' };
