export default definePageConfig({ navigationBarTitleText: '编辑书记项目' });
