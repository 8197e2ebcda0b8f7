/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5'
    /** injected through config defineConstants */
    LOCAL_CLOUD_URL?: string
    /** injected through config defineConstants */
    CLOUD_ENV_ID?: string
    /** injected through config defineConstants */
    POINTS_RESULT_TEMPLATE_ID?: string
    /** injected through config defineConstants */
    VOLUNTEER_REMINDER_TEMPLATE_ID?: string
    /** injected through config defineConstants */
    BOOKING_REMINDER_TEMPLATE_ID?: string
    /** injected through config defineConstants */
    CERTIFICATE_REMINDER_TEMPLATE_ID?: string
    /** injected through config defineConstants */
    CLAIMS_WAITING_TEMPLATE_ID?: string
  }
}
