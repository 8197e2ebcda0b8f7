export default definePageConfig({ navigationBarTitleText: '驿站与工作人员' });
