export default definePageConfig({ navigationBarTitleText: '服务与预约时段' });
