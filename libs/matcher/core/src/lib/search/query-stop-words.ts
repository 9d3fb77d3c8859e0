import { stemEnglish } from '../text/english-word-analyzer';

/**
 * Words too generic to require in a query. Engines AND the query tokens, so "我们公司希望参加
 * 茶展" must not demand 我们, 公司 and 希望 from every document. Documents still index them.
 * Chinese words are in normalised (Simplified) form; English ones are compared by stem.
 */
export const CHINESE_QUERY_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 了 和 与 及 或 在 是 为 对 从 把 被 向 也 都 就 等 各 个 之 其 于 以 而 并 但 如 若 可 能 会 要 想 将 已 有 没有 无 不 很 更 最 ' +
    '这 那 此 该 其他 其它 我 我们 我司 本公司 本司 你 您 你们 他 她 它 他们 贵司 公司 有限 有限公司 责任 股份 企业 集团 ' +
    '希望 需要 需求 想要 计划 打算 寻求 寻找 了解 参加 参与 主要 相关 提供 进行 开展 开拓 拓展 以及 等等 方面 一些 一个 什么 如何 怎么 ' +
    '哪些 哪里 可以 能够 通过 目前 现在 今年 明年 未来 进一步 帮助 协助 支持 服务 业务 情况 问题 信息 产品 市场 合作 发展 项目 机会 ' +
    '活动 平台 国际 中国 地区 领域 行业 产业 中心 年 月 日'
  ).split(' '),
);

export const ENGLISH_QUERY_STOP_STEMS: ReadonlySet<string> = new Set(
  (
    'want need looking look seek seeking help like interested company companies firm ltd limited co inc corp corporation group ' +
    'business service services product products market markets opportunity opportunities cooperation development find get make ' +
    'provide plan hope support project platform international china chinese please information'
  )
    .split(' ')
    .map(stemEnglish),
);
