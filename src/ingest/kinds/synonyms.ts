/** Header spellings shared by several kinds; each kind lists its own fields around these. */
export const PLATFORM_HEADERS = ['平台', '来源平台', '渠道平台', 'platform', 'site', 'marketplace'] as const;

export const BUYER_ID_HEADERS = [
  '买家ID', '买家会员名', '会员名', '会员ID', '客户ID', '客户编号', '买家', '客户',
  'buyer id', 'customer id', 'customer_id', 'user id', 'buyer', 'customer',
] as const;

export const REGION_HEADERS = ['收货地区', '收货省份', '省份', '地区', '省', '城市', '所在地', 'region', 'province', 'state', 'city'] as const;

export const CHANNEL_HEADERS = ['渠道', '来源渠道', '销售渠道', '店铺名称', '店铺', 'channel', 'sales channel', 'store', 'shop'] as const;
