const en = {
  app: { name: 'Dari', tagline: 'The partnership platform of the Dallas chamber federation' },
};
export default en;
