export default definePageConfig({ navigationBarTitleText: '公告与快递' });
