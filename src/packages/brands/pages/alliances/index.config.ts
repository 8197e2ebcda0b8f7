export default definePageConfig({ navigationBarTitleText: '党建联盟', enableShareAppMessage: true });
