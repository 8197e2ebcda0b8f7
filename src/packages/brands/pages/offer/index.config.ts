export default definePageConfig({ navigationBarTitleText: '登记资源或需求' });
