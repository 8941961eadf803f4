import type { Context } from 'hono';

export type Locale = 'zh-CN' | 'en';

/** What the security layer tells a person, in Chinese by default and English when the client asks for it. */
const MESSAGES = {
  'zh-CN': {
    tooManyLogins: (minutes: number) => `登录尝试次数太多，为保护账号已暂停登录，请 ${minutes} 分钟后再试。`,
    wrongLogin: () => '邮箱或密码不对。',
    wrongCurrentPassword: () => '当前密码不对，密码没有修改。',
    passwordTooShort: (min: number) => `新密码至少要 ${min} 个字符。`,
    jsonTooLarge: (mb: number) => `请求内容太大（上限 ${mb} MB），请减少一次提交的数据。`,
    uploadTooLarge: (mb: number) => `文件太大（上限 ${mb} MB），请拆成几个文件，或用命令行导入。`,
    crossSite: () => '这个请求来自别的网站，已拒绝。',
    csrfMissing: () => '请求缺少安全校验，请刷新页面后再试。',
  },
  en: {
    tooManyLogins: (minutes: number) => `Too many sign-in attempts; sign-in is paused to protect the account. Try again in ${minutes} minutes.`,
    wrongLogin: () => 'Wrong email or password.',
    wrongCurrentPassword: () => 'The current password is wrong; the password was not changed.',
    passwordTooShort: (min: number) => `The new password needs at least ${min} characters.`,
    jsonTooLarge: (mb: number) => `The request is too large (limit ${mb} MB); send less data at a time.`,
    uploadTooLarge: (mb: number) => `The file is too large (limit ${mb} MB); split it into several files or import it with the CLI.`,
    crossSite: () => 'This request came from another site and was refused.',
    csrfMissing: () => 'The request lacks its security check; reload the page and try again.',
  },
} satisfies Record<Locale, Record<string, (...args: never[]) => string>>;

export type SecurityMessages = (typeof MESSAGES)['zh-CN'];

/** English only when the client's first preferred language is English (the web app sends its chosen language). */
export function localeOf(c: Context): Locale {
  const first = (c.req.header('accept-language') ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export const securityMessages = (c: Context): SecurityMessages => MESSAGES[localeOf(c)];
