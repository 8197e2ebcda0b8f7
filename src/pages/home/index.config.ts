export default definePageConfig({ navigationBarTitleText: '红帆' });
