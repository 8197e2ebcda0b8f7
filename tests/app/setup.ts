import '@testing-library/jest-dom'

// Values the Taro build injects (defineConstants / TARO_ENV) have to exist under jest too.
process.env.TARO_ENV = process.env.TARO_ENV || 'h5'
