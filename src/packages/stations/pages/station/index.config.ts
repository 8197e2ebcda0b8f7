export default definePageConfig({ navigationBarTitleText: '驿站', enableShareAppMessage: true });
