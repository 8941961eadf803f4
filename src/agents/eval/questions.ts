/**
 * Buyer questions about the evaluation catalogue, each with what a correct reply rests on: an
 * attribute (its value must be in the answer), an earlier answer (it must be reused), or nothing
 * (the only right reply is to hand it to the owner). Phrasings vary the way buyers' do.
 */
import type { PastAnswer } from '../../domain/agent-task.js';

export type Gold = { kind: 'fact'; key: string } | { kind: 'past'; id: string } | { kind: 'none' };

export interface EvalQuestion {
  productId: string;
  question: string;
  gold: Gold;
}

export const EVAL_PAST_ANSWERS: PastAnswer[] = [
  { id: 'pa-ship', productId: null, question: '从哪里发货？几天能到？', answer: '我们从浙江台州发货，江浙沪一般隔天到，其他地区2到4天。' },
  { id: 'pa-lid', productId: 'box-60', question: '盖子好打开吗？', answer: '盖子两侧是按压卡扣，按下去就能打开，新箱子第一次会紧一点。' },
  { id: 'pa-stack', productId: 'box-60', question: '箱子能叠放吗？', answer: '可以叠放，建议叠3层以内。' },
  { id: 'pa-refill', productId: 'gel-pen', question: '能换笔芯吗？', answer: '可以换，用0.5mm子弹头中性笔芯就行。' },
  { id: 'pa-sand', productId: 'trolley', question: '沙滩上能推吗？', answer: '沙地比较吃力，建议换宽轮版本。' },
  { id: 'pa-battery', productId: 'water-gun', question: '要装电池吗？', answer: '不用电池，手动按压就能出水。' },
  { id: 'pa-install', productId: 'shelf', question: '需要自己安装吗？', answer: '需要简单安装，附送工具和说明书，十分钟左右装好。' },
];

const fact = (key: string): Gold => ({ kind: 'fact', key });
const past = (id: string): Gold => ({ kind: 'past', id });
const none: Gold = { kind: 'none' };

export const EVAL_QUESTIONS: EvalQuestion[] = [
  { productId: 'box-60', question: '请问这个箱子能装多少升？', gold: fact('容量') },
  { productId: 'box-60', question: '长宽高分别是多少', gold: fact('尺寸') },
  { productId: 'box-60', question: '是什么材料做的？', gold: fact('材质') },
  { productId: 'box-60', question: '盖子容易打开吗', gold: past('pa-lid') },
  { productId: 'box-60', question: '可以叠起来放吗', gold: past('pa-stack') },
  { productId: 'box-60', question: '有没有塑料味？', gold: none },
  { productId: 'box-60', question: '能放进宜家的柜子吗', gold: none },
  { productId: 'box-35', question: '什么颜色的？', gold: fact('颜色') },
  { productId: 'box-35', question: '多少钱一个', gold: fact('价格') },
  { productId: 'box-35', question: '一次买十个能便宜点吗', gold: none },
  { productId: 'box-35', question: '哪里发货呀，多久到', gold: past('pa-ship') },
  { productId: 'box-wheel', question: '轮子是什么样的', gold: fact('轮子') },
  { productId: 'box-wheel', question: '容量多大', gold: fact('容量') },
  { productId: 'box-wheel', question: '承重多少斤', gold: none },
  { productId: 'drawer-3', question: '有几层？', gold: fact('层数') },
  { productId: 'drawer-3', question: '多大尺寸', gold: fact('尺寸') },
  { productId: 'drawer-3', question: '抽屉拉起来顺滑吗', gold: none },
  { productId: 'drawer-3', question: '是PS还是PP的', gold: fact('材质') },
  { productId: 'makeup-box', question: '透明的吗', gold: fact('颜色') },
  { productId: 'makeup-box', question: '尺寸是多少', gold: none },
  { productId: 'trolley', question: '最多能拉多重的东西？', gold: fact('承重') },
  { productId: 'trolley', question: '折起来有多大，后备箱放得下吗', gold: fact('折叠尺寸') },
  { productId: 'trolley', question: '拉杆可以调角度吗', gold: none },
  { productId: 'trolley', question: '在沙滩上推得动吗', gold: past('pa-sand') },
  { productId: 'trolley', question: '车子本身多重', gold: none },
  { productId: 'trolley-pro', question: '拉杆能调节吗', gold: fact('拉杆') },
  { productId: 'trolley-pro', question: '什么材质的车架', gold: fact('材质') },
  { productId: 'trolley-pro', question: '有没有防雨罩', gold: none },
  { productId: 'gel-pen', question: '笔尖多粗', gold: fact('笔尖') },
  { productId: 'gel-pen', question: '一盒几支', gold: fact('支数') },
  { productId: 'gel-pen', question: '可以换笔芯吗', gold: past('pa-refill') },
  { productId: 'gel-pen', question: '写字会断墨吗', gold: none },
  { productId: 'sign-pen', question: '什么颜色的墨水', gold: fact('颜色') },
  { productId: 'sign-pen', question: '一盒几支', gold: none },
  { productId: 'notebook', question: '多少页，什么规格', gold: fact('规格') },
  { productId: 'notebook', question: '纸张透不透墨', gold: none },
  { productId: 'sticky', question: '便利贴多大的', gold: fact('规格') },
  { productId: 'blocks', question: '几岁的孩子能玩', gold: fact('适用年龄') },
  { productId: 'blocks', question: '有3C认证吗', gold: fact('3C认证') },
  { productId: 'blocks', question: '兼容乐高吗', gold: none },
  { productId: 'puzzle', question: '适合多大的宝宝', gold: fact('适用年龄') },
  { productId: 'puzzle', question: '有没有认证', gold: none },
  { productId: 'water-gun', question: '水箱能装多少', gold: fact('容量') },
  { productId: 'water-gun', question: '需要装电池吗', gold: past('pa-battery') },
  { productId: 'water-gun', question: '能射多远', gold: none },
  { productId: 'shelf', question: '每层承重多少', gold: fact('承重') },
  { productId: 'shelf', question: '要自己装吗', gold: past('pa-install') },
  { productId: 'shelf', question: '有白色的吗', gold: none },
  { productId: 'hanger', question: '一包多少个', gold: fact('数量') },
  { productId: 'hanger', question: '什么材质', gold: fact('材质') },
  { productId: 'hanger', question: '挂羽绒服会断吗', gold: none },
];
