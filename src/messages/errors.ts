/**
 * What the server and the CLI say when something goes wrong, in English and Chinese. `{name}` is filled from the
 * error's parameters. Every code has a general sentence (`code.*`), used when an error carries no key of its own.
 */
const en = {
  'code.bad_input': 'Something in the request is not right',
  'code.not_found': 'Not found',
  'code.unauthorized': 'Please sign in',
  'code.forbidden': 'You are not allowed to do this',
  'code.conflict': 'This was changed in the meantime',
  'code.refused': 'This cannot be done',
  'code.upstream': 'A connected service did not answer',
  'code.internal': 'Something went wrong on our side',
  'code.too_large': 'The request is too large',
  'code.too_many': 'Too many attempts; try again later',

  // sign-in and requests
  wrong_password: 'wrong email or password',
  sign_in_first: 'sign in first: send Authorization: Bearer <token>',
  session_expired: 'this token is unknown or has expired; sign in again',
  no_api_route: 'no such API route',
  body_not_json: 'the request body must be JSON',
  body_not_file: 'the request body must be the file',
  file_too_large: 'the file is larger than {mb} MB; split it or import it with the CLI',
  port_taken: 'Port {port} is already used by another program; choose another one with the PORT variable, e.g. PORT=8081 npm start.',
  json_too_large: 'The request is too large (limit {mb} MB); send less data at a time.',
  too_many_logins: 'Too many sign-in attempts; sign-in is paused to protect the account. Try again in {minutes} minutes.',
  wrong_current_password: 'The current password is wrong; the password was not changed.',
  password_too_short: 'The new password needs at least {min} characters.',
  no_account: 'No account signs in as {email}.',
  cross_site: 'This request came from another site and was refused.',
  csrf_missing: 'The request lacks its security check; reload the page and try again.',
  invalid_input: 'invalid {what}',

  // what an input is, named in "invalid …"
  'what.request': 'request',
  'what.query': 'query',
  'what.launch_plan': 'launch plan',
  'what.counts': 'counts',
  'what.reactions_file': 'reactions file',
  'what.decide_by': '--decide-by',
  'what.spend_request': 'spend request',
  'what.agent_input': 'input for the digital employee',
  'what.scope': 'scope',

  // things that are not there
  no_concept_test: 'no such concept test',
  no_concept_variant: 'no such concept test or variant',
  no_series: 'no "{key}" in this shop\'s data',
  no_agent_task: 'no agent task "{id}"',
  no_product: 'no product "{id}" of this shop',
  no_buyer: 'no buyer "{id}" in this shop\'s orders',
  no_spend_proposal: 'no spend proposal {id}',
  no_import: 'no import {id}',
  no_merchant: 'no merchant "{id}"',
  no_similar_season: 'no own product in {category} has a full {weeks}-week first season in the sales data',
  similar_needs_weeks: 'sellingWeeks is needed to read similar products’ seasons',

  // digital employees
  unknown_agent: 'unknown agent "{role}"; one of {roles}',
  agent_no_such_task: 'agent "{role}" does not do "{task}"; it does {tasks}',
  task_already_reviewed: 'task {id} was already {outcome} by {by}',
  task_failed_cannot_review: 'task {id} failed and cannot be reviewed',

  // trends
  window_format: 'window must look like 90d, 12w or 3m, got "{text}"',
  window_range: 'window must be between {min} and {max} days, got {days}',

  // selection
  weights_all_zero: 'at least one opportunity weight must be above zero',

  // the money guard
  proposal_expired: 'this proposal has expired',
  proposal_not_pending: 'this proposal is {status} and can no longer be confirmed',
  proposal_not_rejectable: 'this proposal is {status} and can no longer be rejected',
  above_cap: '{amount} yuan is above the cap of {cap} yuan',
  second_confirmation_later: 'the second confirmation opens at {opensAt}',
  over_daily_budget: 'over the daily budget: {used} of {budget} yuan already committed today',
  over_monthly_budget: 'over the monthly budget: {used} of {budget} yuan already committed this month',
  undo_only_executed: 'only an executed spend can be undone; this one is {status}',
  undo_not_supported: 'channel "{channel}" cannot undo a spend once made',
  undo_window_closed: 'the undo window closed at {undoUntil}',
  no_channel_executor: 'no executor is set up for channel "{channel}"',
  undo_failed: 'the channel could not undo the spend: {reason}',

  // the language model
  llm_timeout: 'KAIKUAN_LLM_TIMEOUT_MS must be a positive number of milliseconds, got "{value}"',
  llm_model_missing: 'KAIKUAN_LLM_URL is set but KAIKUAN_LLM_MODEL is not; name the model, e.g. qwen2.5:7b-instruct',
  llm_failed: 'LLM endpoint {endpoint} ({purpose}): {reason}',

  // the command line
  unknown_command: 'unknown command "{name}"; run kaikuan --help',
} as const;

export type ErrorKey = keyof typeof en;

const zhCN: Record<ErrorKey, string> = {
  'code.bad_input': '填写的内容有误',
  'code.not_found': '没有找到',
  'code.unauthorized': '请先登录',
  'code.forbidden': '你没有权限做这件事',
  'code.conflict': '这一项刚刚被改过了，请刷新后再试',
  'code.refused': '这件事现在不能做',
  'code.upstream': '连接的外部服务没有响应',
  'code.internal': '系统出了点问题，请稍后再试',
  'code.too_large': '提交的内容太大',
  'code.too_many': '尝试次数太多，请稍后再试',

  wrong_password: '邮箱或密码不对',
  sign_in_first: '请先登录',
  session_expired: '登录已过期，请重新登录',
  no_api_route: '没有这个接口',
  body_not_json: '提交的内容格式不对（需要 JSON）',
  body_not_file: '没有收到文件',
  file_too_large: '文件超过 {mb} MB，请拆成几个小文件，或用命令行导入',
  port_taken: '端口 {port} 已被其他程序占用，请用环境变量 PORT 换一个端口再启动，例如 PORT=8081 npm start。',
  json_too_large: '请求内容太大（上限 {mb} MB），请减少一次提交的数据。',
  too_many_logins: '登录尝试次数太多，为保护账号已暂停登录，请 {minutes} 分钟后再试。',
  wrong_current_password: '当前密码不对，密码没有修改。',
  password_too_short: '新密码至少要 {min} 个字符。',
  no_account: '没有用 {email} 登录的账号。',
  cross_site: '这个请求来自别的网站，已拒绝。',
  csrf_missing: '请求缺少安全校验，请刷新页面后再试。',
  invalid_input: '{what}填写有误',

  'what.request': '提交的内容',
  'what.query': '查询条件',
  'what.launch_plan': '开款测算',
  'what.counts': '反馈数',
  'what.reactions_file': '反馈文件',
  'what.decide_by': '比较方式（--decide-by）',
  'what.spend_request': '花费申请',
  'what.agent_input': '交给数字员工的内容',
  'what.scope': '范围',

  no_concept_test: '没有找到这个款式测试',
  no_concept_variant: '没有找到这个款式测试或款式',
  no_series: '店里的数据里没有“{key}”',
  no_agent_task: '没有找到任务“{id}”',
  no_product: '店里没有商品“{id}”',
  no_buyer: '店里的订单里没有买家“{id}”',
  no_spend_proposal: '没有找到花费申请 {id}',
  no_import: '没有找到导入记录 {id}',
  no_merchant: '没有找到店铺“{id}”',
  no_similar_season: '“{category}”里还没有哪款自家商品卖满过 {weeks} 周的首季，无法参考相似款',
  similar_needs_weeks: '参考相似款需要先填“卖几周”',

  unknown_agent: '没有叫“{role}”的数字员工；可以选：{roles}',
  agent_no_such_task: '数字员工“{role}”不做“{task}”；它会做：{tasks}',
  task_already_reviewed: '任务 {id} 已经被 {by} 处理过了（{outcome}）',
  task_failed_cannot_review: '任务 {id} 没有做成，无法审核',

  window_format: '时间范围要写成 90d、12w 或 3m 这样，现在是“{text}”',
  window_range: '时间范围要在 {min} 到 {max} 天之间，现在是 {days} 天',

  weights_all_zero: '至少要有一项打分权重大于 0',

  proposal_expired: '这笔花费申请已经过期',
  proposal_not_pending: '这笔花费申请已经是“{status}”，不能再确认',
  proposal_not_rejectable: '这笔花费申请已经是“{status}”，不能再拒绝',
  above_cap: '{amount} 元超过了单笔上限 {cap} 元',
  second_confirmation_later: '第二次确认要到 {opensAt} 才能做',
  over_daily_budget: '超出每日预算：今天已经确认了 {used} 元，每日预算 {budget} 元',
  over_monthly_budget: '超出每月预算：本月已经确认了 {used} 元，每月预算 {budget} 元',
  undo_only_executed: '只有已经花出去的钱才能撤回；这一笔现在是“{status}”',
  undo_not_supported: '渠道“{channel}”花出去后不能撤回',
  undo_window_closed: '撤回期限已在 {undoUntil} 结束',
  no_channel_executor: '渠道“{channel}”还没有接通，不能执行',
  undo_failed: '渠道没能撤回这笔花费：{reason}',

  llm_timeout: 'KAIKUAN_LLM_TIMEOUT_MS 要填正数（毫秒），现在是“{value}”',
  llm_model_missing: '填了 KAIKUAN_LLM_URL 却没填 KAIKUAN_LLM_MODEL；请写上模型名，例如 qwen2.5:7b-instruct',
  llm_failed: '大模型服务 {endpoint}（{purpose}）出错：{reason}',

  unknown_command: '没有“{name}”这个命令；运行 kaikuan --help 查看全部命令',
};

export const errorMessages = { 'zh-CN': zhCN, en } as const;
