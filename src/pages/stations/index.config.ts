export default definePageConfig({ navigationBarTitleText: '船员驿站' });
