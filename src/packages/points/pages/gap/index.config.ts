export default definePageConfig({ navigationBarTitleText: '距下一星级' });
