export default definePageConfig({ navigationBarTitleText: '首页轮播' });
