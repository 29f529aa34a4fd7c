// The post's 5-class × 4-sample example (its "pred" values are logits), shared by the specs.
// Source: Rainylt, CSDN (CC BY-SA 4.0), https://blog.csdn.net/lt1103725556/article/details/115128523
export const POST_LOGITS = [
  [0.1, 0.2, 0.8, 0.4, 0.4],
  [0.9, 0.6, 0.2, 0.3, 0.5],
  [0.6, 0.2, 0.3, 0.4, 0.6],
  [0.1, 0.3, 0.1, 0.2, 0.4],
];
export const POST_TARGETS = [
  [0, 0, 1, 0, 0],
  [1, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
];
