export default { title: '참가 신청' };
