export default { title: 'Events' };
