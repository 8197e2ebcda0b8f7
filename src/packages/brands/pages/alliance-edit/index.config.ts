export default definePageConfig({ navigationBarTitleText: '编辑党建联盟' });
