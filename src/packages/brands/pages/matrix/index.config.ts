export default definePageConfig({ navigationBarTitleText: '党建品牌', enableShareAppMessage: true });
