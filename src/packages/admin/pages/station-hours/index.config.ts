export default definePageConfig({ navigationBarTitleText: '开放时间与临时关闭' });
