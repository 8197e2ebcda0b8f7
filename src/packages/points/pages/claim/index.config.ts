export default definePageConfig({ navigationBarTitleText: '申报积分' });
