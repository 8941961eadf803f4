/**
 * What the person starting Kaikuan in a terminal reads when the server cannot start. Chinese by default;
 * KAIKUAN_LOCALE=en for English (the terminal's LANG is usually en_US even for Chinese users, so it is not used).
 */
const startupMessages = {
  'zh-CN': {
    portTaken: (port: number) => `端口 ${port} 已被其他程序占用，请用环境变量 PORT 换一个端口再启动，例如 PORT=8081 npm start。`,
  },
  en: {
    portTaken: (port: number) => `Port ${port} is already used by another program; choose another one with the PORT variable, e.g. PORT=8081 npm start.`,
  },
} as const;

export function startupText(env: NodeJS.ProcessEnv = process.env): (typeof startupMessages)['zh-CN'] {
  return startupMessages[env.KAIKUAN_LOCALE === 'en' ? 'en' : 'zh-CN'];
}
