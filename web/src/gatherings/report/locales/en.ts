export default { title: 'After the event' };
