export default definePageConfig({ navigationBarTitleText: '书记项目', enableShareAppMessage: true });
