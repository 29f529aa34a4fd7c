//! 中文界面文字。与 `en.rs` 键相同、顺序相同;术语沿用原文(交叉熵、正样本/负样本、易分样本/难分样本)。

pub const TABLE: &[(&str, &str)] = &[
    // 页面框架
    ("app.title", "Focal Loss 实验室"),
    ("app.tagline", "交叉熵如何变成 Focal Loss:下面每个数字都由旁边的输入实时计算。"),
    ("app.lang_toggle", "English"),
    ("app.lang_toggle_label", "切换为英文页面"),
    ("app.theme_toggle", "主题"),
    ("app.theme.auto", "主题:自动"),
    ("app.theme.light", "主题:浅色"),
    ("app.theme.dark", "主题:深色"),
    ("app.mode.page", "幻灯片"),
    ("app.mode.slides", "退出幻灯片"),
    ("app.mode_label", "每屏显示一节(方向键翻页,Esc 退出)"),
    ("app.copy_link", "复制链接"),
    ("app.copied", "链接已复制"),
    ("app.contents", "目录"),
    ("app.panic", "应用内部出错(Rust panic),页面可能不再响应,请刷新。详情见浏览器控制台。"),
    ("notice.ignored", "链接中的部分参数已被忽略,改用默认值:"),
    ("notice.unknown", "未知参数"),
    ("notice.invalid", "取值无效"),
    ("notice.duplicate", "参数重复"),
    ("notice.dismiss", "关闭"),
    // 各节标题
    ("sec.explorer", "探索器:交叉熵与 Focal Loss 对比"),
    ("sec.ce_forms", "交叉熵的四种形式"),
    ("sec.softmax_ce", "Softmax 交叉熵:猫、狗、马"),
    ("sec.sigmoid_bce", "Sigmoid BCE:猫、狗、马"),
    ("sec.alpha_to_focal", "从 α 平衡交叉熵到 Focal Loss"),
    ("sec.fcos_walkthrough", "逐行解读 FCOS 代码"),
    ("sec.five_class", "5 类 × 4 个样本"),
    ("sec.quadrants", "易分/难分 × 正样本/负样本"),
    ("sec.alpha_gamma", "为什么 α = 0.25 搭配 γ = 2"),
    ("sec.num_pos", "除以正样本数量"),
    ("sec.soft_targets", "软标签:CornerNet 与 CenterNet"),
    ("sec.segmentation", "分割中的 Focal Loss"),
    ("sec.simulator", "密集检测:为什么大量易分负样本淹没了交叉熵"),
    ("sec.coming", "本节正在编写中。"),
    // 页脚
    ("footer.source", "课程内容依据"),
    ("footer.post_link", "CSDN 博主 Rainylt 的文章"),
    ("footer.licensed", ",许可协议"),
    // 输入与图
    ("credit.example_from", "例子出自"),
    ("input.empty", "请输入数字。"),
    ("input.nan", "不是数字,已保留上一个有效值。"),
    ("input.not_finite", "必须是有限数,已保留上一个有效值。"),
    ("input.range", "必须在 {min} 到 {max} 之间,已保留上一个有效值。"),
    ("plot.png", "PNG(2 倍)"),
    ("plot.svg", "SVG"),
    ("plot.table", "数据表"),
    ("footer.paper", "论文:T.-Y. Lin, P. Goyal, R. Girshick, K. He, P. Dollár,《Focal Loss for Dense Object Detection》,ICCV 2017(arXiv:1708.02002)。"),
    ("footer.peer", "对照实现:torchvision.ops.sigmoid_focal_loss。"),
    ("footer.license", "Focal Loss 实验室为自由软件(MIT 或 Apache-2.0)。取自原文的例子沿用 CC BY-SA 4.0。"),
    // @section explorer (keys of src/sections/explorer*)
    ("explorer.controls", "探索器输入"),
    ("explorer.p_label", "p(类别 1)"),
    ("explorer.p_valuetext", "p = {v},{kind}"),
    ("explorer.y_label", "标签 y"),
    ("explorer.y_pos", "y = 1(正样本)"),
    ("explorer.y_neg", "y = 0(负样本)"),
    ("explorer.alpha_off", "关闭 α(不加权,即 torchvision 的 α = −1)"),
    ("explorer.alpha_off_text", "α 关闭"),
    ("explorer.presets", "预设"),
    ("explorer.preset.easy_pos", "易分正样本"),
    ("explorer.preset.hard_pos", "难分正样本"),
    ("explorer.preset.easy_neg", "易分负样本"),
    ("explorer.preset.hard_neg", "难分负样本"),
    ("explorer.preset.paper", "论文默认(α = .25, γ = 2)"),
    ("explorer.preset.ce", "普通交叉熵(α 关闭, γ = 0)"),
    ("explorer.reset", "重置"),
    ("explorer.axes", "坐标轴"),
    ("explorer.xaxis_pt", "横轴:p_t"),
    ("explorer.xaxis_p", "横轴:p"),
    ("explorer.yscale_lin", "纵轴:线性"),
    ("explorer.yscale_log", "纵轴:对数"),
    ("explorer.kind.easy_pos", "易分正样本"),
    ("explorer.kind.hard_pos", "难分正样本"),
    ("explorer.kind.easy_neg", "易分负样本"),
    ("explorer.kind.hard_neg", "难分负样本"),
    ("explorer.verdict", "这是一个{kind}:此处 Focal Loss 比交叉熵小 {ratio}。"),
    ("explorer.x_pt", "p_t(预测为真实类别的概率)"),
    ("explorer.x_p", "p(预测为类别 1 的概率)"),
    ("explorer.y_loss", "损失"),
    ("explorer.y_grad", "d 损失 / d x(x 为 logit)"),
    ("explorer.well_classified", "易分样本区域(p_t > 0.5)"),
    ("explorer.paper_curve", "论文:γ = 2,无 α"),
    ("explorer.no_alpha", "无 α"),
    ("explorer.grad_title", "对 logit 的梯度(论文附录 B)"),
    ("explorer.ratio_title", "缩小了多少:CE / FL"),
    ("explorer.summary_loss", "损失随 p_t 变化:交叉熵与 {fl},以及论文中的 γ 曲线族。p_t = {pt} 时:CE = {ce},FL = {flv},FL 小 {ratio}。"),
    ("explorer.summary_grad", "交叉熵与 {fl} 对 logit 的梯度随 p_t 变化。p_t = {pt} 时:dCE/dx = {gce},dFL/dx = {gfl}。"),
    ("explorer.summary_ratio", "CE/FL 随 p_t 变化(对数坐标),{fl};标出论文的两个位置:0.9 处 100×,0.968 处 976.6×。当前:p_t = {pt} 时为 {ratio}。"),
    ("explorer.note", "p_t 是模型给真实类别的概率(y = 1 时为 p,y = 0 时为 1 − p),所以一条曲线同时适用于正负样本。因子 (1 − p_t)^γ 抑制易分样本的损失:γ = 2 时,p_t = 0.9 的样本损失比交叉熵小 100 倍,p_t ≈ 0.968 时约 1000 倍(精确为 976.6 倍;0.968377 处才到 1000 倍)。α_t 再平衡正负样本。"),
    // @section ce_forms (keys of src/sections/ce_forms*)
    // @section softmax_ce (keys of src/sections/softmax_ce*)
    // @section sigmoid_bce (keys of src/sections/sigmoid_bce*)
    // @section alpha_to_focal (keys of src/sections/alpha_to_focal*)
    // @section fcos_walkthrough (keys of src/sections/fcos_walkthrough*)
    // @section five_class (keys of src/sections/five_class*)
    // @section quadrants (keys of src/sections/quadrants*)
    // @section alpha_gamma (keys of src/sections/alpha_gamma*)
    // @section num_pos (keys of src/sections/num_pos*)
    // @section soft_targets (keys of src/sections/soft_targets*)
    // @section segmentation (keys of src/sections/segmentation*)
    // @section simulator (keys of src/sections/simulator*)
    // @section end
];
