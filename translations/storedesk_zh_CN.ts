<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliText</name>
    <message>
        <source>The product&apos;s barcode</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 需要一个文件路径。</translation>
    </message>
    <message>
        <source>--format is json, csv or text, not “%1”.</source>
        <translation>--format 只能是 json、csv 或 text，不能是“%1”。</translation>
    </message>
    <message>
        <source>
Without --db the store is %1.
&quot;storedeskctl COMMAND --help&quot; describes one command.
</source>
        <translation>
不指定 --db 时使用门店文件 %1。
&quot;storedeskctl COMMAND --help&quot; 查看某个命令的说明。
</translation>
    </message>
    <message>
        <source>“%1” is not a storedeskctl command. Run storedeskctl help for the list.</source>
        <translation>“%1”不是 storedeskctl 的命令。运行 storedeskctl help 查看命令列表。</translation>
    </message>
    <message>
        <source>Describes this command.</source>
        <translation>显示此命令的说明。</translation>
    </message>
    <message>
        <source>Usage: storedeskctl %1 %2</source>
        <translation>用法：storedeskctl %1 %2</translation>
    </message>
    <message>
        <source>Usage: storedeskctl %1 %2
</source>
        <translation>用法：storedeskctl %1 %2
</translation>
    </message>
    <message>
        <source>This command has no store open.</source>
        <translation>此命令没有打开门店文件。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Mobile number (11 digits; +86 allowed).</source>
        <translation>手机号（11 位，可带 +86）。</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>会员姓名。</translation>
    </message>
    <message>
        <source>Birthday as YYYY-MM-DD.</source>
        <translation>生日，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>f or m.</source>
        <translation>f（女）或 m（男）。</translation>
    </message>
    <message>
        <source>Member card number (scannable).</source>
        <translation>会员卡号（可扫描）。</translation>
    </message>
    <message>
        <source>A free note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>标签；可重复使用添加多个。</translation>
    </message>
    <message>
        <source>Changes a member&apos;s details; an empty value clears an optional one.</source>
        <translation>修改会员资料；可选项给空值即清除。</translation>
    </message>
    <message>
        <source>active or frozen.</source>
        <translation>active（正常）或 frozen（冻结）。</translation>
    </message>
    <message>
        <source>The member&apos;s phone or card number</source>
        <translation>会员的手机号或卡号</translation>
    </message>
    <message>
        <source>Finds members by phone, its last four digits, card number or name prefix; answers an array.</source>
        <translation>按手机号、手机尾号、卡号或姓名开头查找会员；返回数组。</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>最多返回的数量（默认 50）。</translation>
    </message>
    <message>
        <source>The search (phone, last four, card or name)</source>
        <translation>查询内容（手机号、尾号、卡号或姓名）</translation>
    </message>
    <message>
        <source>Adds tags to a member (and removes those given with --remove).</source>
        <translation>给会员添加标签（并移除 --remove 指定的标签）。</translation>
    </message>
    <message>
        <source>A tag to take away; repeat for more.</source>
        <translation>要移除的标签；可重复使用。</translation>
    </message>
    <message>
        <source>Name at least one tag to add or --remove.</source>
        <translation>请至少指定一个要添加或 --remove 的标签。</translation>
    </message>
    <message>
        <source>EAN-13, EAN-8, UPC-A or a store code.</source>
        <translation>EAN-13、EAN-8、UPC-A 条码或店内码。</translation>
    </message>
    <message>
        <source>The product&apos;s name.</source>
        <translation>商品名称。</translation>
    </message>
    <message>
        <source>Shelf price, like 12.50.</source>
        <translation>零售价，例如 12.50。</translation>
    </message>
    <message>
        <source>Price for members, like 11.00.</source>
        <translation>会员价，例如 11.00。</translation>
    </message>
    <message>
        <source>Category name (created when new).</source>
        <translation>分类名称（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Units in stock.</source>
        <translation>库存数量。</translation>
    </message>
    <message>
        <source>Sales of it earn no points.</source>
        <translation>购买此商品不积分。</translation>
    </message>
    <message>
        <source>Adds a product and answers with it.</source>
        <translation>添加商品并返回商品信息。</translation>
    </message>
    <message>
        <source>Changes a product; --inactive takes it off sale without deleting it.</source>
        <translation>修改商品；--inactive 表示下架（不删除）。</translation>
    </message>
    <message>
        <source>Removes the member price.</source>
        <translation>取消会员价。</translation>
    </message>
    <message>
        <source>Sales of it earn points.</source>
        <translation>购买此商品可积分。</translation>
    </message>
    <message>
        <source>Puts it on sale.</source>
        <translation>上架销售。</translation>
    </message>
    <message>
        <source>Takes it off sale.</source>
        <translation>下架。</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together.</source>
        <translation>--%1 和 --%2 不能同时使用。</translation>
    </message>
    <message>
        <source>Finds products by barcode or name prefix (all products without a query); answers an array.</source>
        <translation>按条码或名称开头查找商品（不带查询则列出全部）；返回数组。</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>最多返回的数量（默认 100）。</translation>
    </message>
    <message>
        <source>Shows one product.</source>
        <translation>显示一个商品。</translation>
    </message>
    <message>
        <source>Creates the store file (or brings an existing one up to date) and names the store.</source>
        <translation>创建门店文件（或升级已有文件）并设置门店名称。</translation>
    </message>
    <message>
        <source>The store&apos;s name, as on receipts.</source>
        <translation>门店名称，显示在小票上。</translation>
    </message>
    <message>
        <source>Brings an existing store file up to this program&apos;s data version.</source>
        <translation>把已有的门店文件升级到本程序的数据版本。</translation>
    </message>
    <message>
        <source>Shows the store&apos;s name, file, data version and size.</source>
        <translation>显示门店名称、文件、数据版本和规模。</translation>
    </message>
    <message>
        <source>How many members (default 3000).</source>
        <translation>会员数量（默认 3000）。</translation>
    </message>
    <message>
        <source>How many products (default 300).</source>
        <translation>商品数量（默认 300）。</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>StoreDesk Demo Store</source>
        <translation>StoreDesk 示例门店</translation>
    </message>
    <message>
        <source>Shows one member with tier, points, stored value, qualifying spend, the next tier and both ledgers (newest first).</source>
        <translation>显示一位会员的等级、积分、储值、有效消费、下一等级，以及积分和储值流水（最新在前）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB.</source>
        <translation>%1 超过 1 MiB。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 字节：%3）。</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation>%1 必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Prices a sale request without committing it.</source>
        <translation>对销售请求计价，但不成交。</translation>
    </message>
    <message>
        <source>The request file (or - for standard input)</source>
        <translation>请求文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>Commits a sale request; the same request_id again answers the sale already made.</source>
        <translation>提交销售请求；同一个 request_id 再次提交时返回已成交的那笔销售。</translation>
    </message>
    <message>
        <source>Refunds a receipt — whole, or the lines given — to the original payment methods.</source>
        <translation>按小票退货——整单或指定的行——原路退回付款。</translation>
    </message>
    <message>
        <source>A line of the receipt (1, 2, …).</source>
        <translation>小票上的行号（1、2、…）。</translation>
    </message>
    <message>
        <source>How many of that line.</source>
        <translation>该行退货数量。</translation>
    </message>
    <message>
        <source>Who refunds.</source>
        <translation>经办人。</translation>
    </message>
    <message>
        <source>The receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Give --line and --qty in pairs.</source>
        <translation>--line 和 --qty 需要成对给出。</translation>
    </message>
    <message>
        <source>--line and --qty take whole numbers.</source>
        <translation>--line 和 --qty 必须是整数。</translation>
    </message>
    <message>
        <source>Tops up a member&apos;s stored value, with the rules&apos; bonus.</source>
        <translation>为会员充值储值，并按规则赠送。</translation>
    </message>
    <message>
        <source>How the top-up was paid.</source>
        <translation>充值的付款方式。</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>--method is cash, card, wechat or alipay, not “%1”.</source>
        <translation>--method 只能是 cash、card、wechat 或 alipay，不能是“%1”。</translation>
    </message>
    <message>
        <source>Prints the current rules document (with its version).</source>
        <translation>输出当前的规则文档（含版本号）。</translation>
    </message>
    <message>
        <source>Replaces the rules with a checked document; a bad one is refused whole, naming the field.</source>
        <translation>用校验过的文档替换规则；有错误时整份拒绝，并指出出错的字段。</translation>
    </message>
    <message>
        <source>The rules file (or - for standard input)</source>
        <translation>规则文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>Lists members whose points expire within DAYS (default 30).</source>
        <translation>列出积分将在 DAYS 天内到期的会员（默认 30 天）。</translation>
    </message>
    <message>
        <source>Days ahead (default 30).</source>
        <translation>往后的天数（默认 30）。</translation>
    </message>
    <message>
        <source>Refunds a member&apos;s whole stored value: the paid-in money goes back, the bonus is forfeited.</source>
        <translation>退还会员的全部储值：退回实付金额，赠送金额作废。</translation>
    </message>
    <message>
        <source>Shows the store&apos;s details: name, address, telephone, receipt header and footer, time zone and default reorder level.</source>
        <translation>显示门店信息：名称、地址、电话、小票抬头和结尾、时区和默认补货线。</translation>
    </message>
    <message>
        <source>Changes the store&apos;s details; what is not given stays. In receipt texts \n starts a new line.</source>
        <translation>修改门店信息；未给出的项目保持不变。小票文字中 \n 表示换行。</translation>
    </message>
    <message>
        <source>The address on receipts.</source>
        <translation>小票上的地址。</translation>
    </message>
    <message>
        <source>The store&apos;s telephone number.</source>
        <translation>门店电话。</translation>
    </message>
    <message>
        <source>Up to four lines under the name on every receipt.</source>
        <translation>每张小票店名下方的文字，最多四行。</translation>
    </message>
    <message>
        <source>Up to four lines at the end of every receipt.</source>
        <translation>每张小票末尾的文字，最多四行。</translation>
    </message>
    <message>
        <source>The store&apos;s time zone (empty: this computer&apos;s).</source>
        <translation>门店时区（留空：使用本机时区）。</translation>
    </message>
    <message>
        <source>Stock at or below this is low, unless a product has its own level.</source>
        <translation>库存不高于此数即为库存不足（商品自设补货线的除外）。</translation>
    </message>
    <message>
        <source>“%1” is not a tier; the tiers are %2 (or 0 to %3).</source>
        <translation>“%1”不是会员等级；等级有：%2（或 0 到 %3）。</translation>
    </message>
    <message>
        <source>Lists members with their tier, points, stored value and last sale, newest first; every filter given must hold. Page on with --after the last id.</source>
        <translation>列出会员及其等级、积分、储值和最近消费，最新的在前；给出的筛选条件须同时满足。用 --after 加上一页最后的编号翻页。</translation>
    </message>
    <message>
        <source>A phone, its last four digits, a card or the start of a name.</source>
        <translation>手机号、手机尾号、会员卡号或姓名开头。</translation>
    </message>
    <message>
        <source>Only this tier (number or name).</source>
        <translation>只列此等级（编号或名称）。</translation>
    </message>
    <message>
        <source>Only members with this tag.</source>
        <translation>只列带此标签的会员。</translation>
    </message>
    <message>
        <source>Only members who bought nothing for this many days.</source>
        <translation>只列这么多天内没有消费的会员。</translation>
    </message>
    <message>
        <source>Only birthdays this week or this month.</source>
        <translation>只列本周或本月过生日的会员。</translation>
    </message>
    <message>
        <source>Only members with points expiring within this many days.</source>
        <translation>只列积分将在这么多天内到期的会员。</translation>
    </message>
    <message>
        <source>At most this many (default 1000).</source>
        <translation>最多列出这么多（默认 1000）。</translation>
    </message>
    <message>
        <source>Start after the member with this id (the last of a page).</source>
        <translation>从此编号的会员之后开始（上一页的最后一位）。</translation>
    </message>
    <message>
        <source>--status is active or frozen.</source>
        <translation>--status 只能是 active 或 frozen。</translation>
    </message>
    <message>
        <source>--birthday is week or month.</source>
        <translation>--birthday 只能是 week 或 month。</translation>
    </message>
    <message>
        <source>Lists a member&apos;s sales and refunds, newest first.</source>
        <translation>列出会员的消费和退货记录，最新的在前。</translation>
    </message>
    <message>
        <source>Only sales older than this one (the last of a page).</source>
        <translation>只列比此单更早的记录（上一页的最后一单）。</translation>
    </message>
    <message>
        <source>Adds (or, with a negative number, takes) points by hand; the reason stays in the member&apos;s points history.</source>
        <translation>手工增加（负数为扣减）积分；原因记入会员的积分明细。</translation>
    </message>
    <message>
        <source>Points to add; negative to take.</source>
        <translation>要增加的积分；负数为扣减。</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>原因（必填）。</translation>
    </message>
    <message>
        <source>Say how many points with --points.</source>
        <translation>请用 --points 给出积分数。</translation>
    </message>
    <message>
        <source>Low stock at or below this (empty: the store&apos;s default).</source>
        <translation>库存不高于此数即为库存不足（留空：使用门店默认值）。</translation>
    </message>
    <message>
        <source>Lists products by name; every filter given must hold. --low-stock lists what to reorder.</source>
        <translation>按名称列出商品；给出的筛选条件须同时满足。--low-stock 列出需要补货的商品。</translation>
    </message>
    <message>
        <source>A barcode or the start of a name.</source>
        <translation>条码或商品名称开头。</translation>
    </message>
    <message>
        <source>Only this category (empty: uncategorised).</source>
        <translation>只列此分类（留空：未分类）。</translation>
    </message>
    <message>
        <source>Only products on sale.</source>
        <translation>只列在售商品。</translation>
    </message>
    <message>
        <source>Only products off sale.</source>
        <translation>只列已停售商品。</translation>
    </message>
    <message>
        <source>Only products on sale at or below their reorder level.</source>
        <translation>只列库存不高于补货线的在售商品。</translation>
    </message>
    <message>
        <source>Corrects a product&apos;s stock (goods received, a stocktake, breakage); the note stays in its stock history.</source>
        <translation>调整商品库存（到货、盘点、报损）；备注记入库存明细。</translation>
    </message>
    <message>
        <source>Units to add.</source>
        <translation>增加的数量。</translation>
    </message>
    <message>
        <source>Units to take away.</source>
        <translation>减少的数量。</translation>
    </message>
    <message>
        <source>Give either --add or --remove.</source>
        <translation>请给出 --add 或 --remove 之一。</translation>
    </message>
    <message>
        <source>Shows a product&apos;s stock history, newest first: opening stock, sales, refunds and corrections.</source>
        <translation>显示商品的库存明细，最新的在前：期初库存、销售、退货和调整。</translation>
    </message>
    <message>
        <source>Lists the categories with how many products each holds.</source>
        <translation>列出商品分类及各分类的商品数。</translation>
    </message>
    <message>
        <source>Adds a category.</source>
        <translation>新增商品分类。</translation>
    </message>
    <message>
        <source>The category&apos;s name</source>
        <translation>分类名称</translation>
    </message>
    <message>
        <source>Renames a category; its products follow.</source>
        <translation>重命名商品分类；其中的商品随之改变。</translation>
    </message>
    <message>
        <source>The new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Removes a category that no product uses.</source>
        <translation>删除没有商品的分类。</translation>
    </message>
    <message>
        <source>Shows what a sale of that amount comes to under the current rules: the tier&apos;s discount, what is paid, the points earned and the most points it could redeem.</source>
        <translation>显示按当前规则这笔金额的消费结果：等级折扣、实付金额、可得积分以及最多可用的抵现积分。</translation>
    </message>
    <message>
        <source>The sale&apos;s amount.</source>
        <translation>消费金额。</translation>
    </message>
    <message>
        <source>The member&apos;s tier (default 0).</source>
        <translation>会员等级（默认 0）。</translation>
    </message>
    <message>
        <source>On the member&apos;s birthday.</source>
        <translation>在会员生日当天。</translation>
    </message>
    <message>
        <source>No printer is set up for this store: give --printer URI (serial:/dev/ttyUSB0?baud=9600, usb:/dev/usb/lp0, tcp:HOST:9100, file:PATH).</source>
        <translation>本店尚未设置打印机：请用 --printer 指定地址（serial:/dev/ttyUSB0?baud=9600、usb:/dev/usb/lp0、tcp:主机:9100、file:路径）。</translation>
    </message>
    <message>
        <source>Paper width: 58 or 80 (mm).</source>
        <translation>纸宽：58 或 80（毫米）。</translation>
    </message>
    <message>
        <source>Prints a sale&apos;s receipt: its waiting print job, or a reprint when it was printed already.</source>
        <translation>打印一笔销售的小票：打印其待打印任务；已打印过的则重印。</translation>
    </message>
    <message>
        <source>The printer (default: the store&apos;s).</source>
        <translation>打印机（默认：本店设置的打印机）。</translation>
    </message>
    <message>
        <source>Receipt %1 is being printed by another program right now.</source>
        <translation>小票 %1 正在由另一个程序打印。</translation>
    </message>
    <message>
        <source>Prints a test page: column ruler, Chinese text, sizes, barcodes and a QR code.</source>
        <translation>打印测试页：列标尺、中文、字号、条码和二维码。</translation>
    </message>
    <message>
        <source>Asks the printer how it is (ready, paper_out, cover_open, offline, error, unknown, unreachable).</source>
        <translation>查询打印机状态（ready 就绪、paper_out 缺纸、cover_open 纸仓盖打开、offline 脱机、error 故障、unknown 未知、unreachable 连接不上）。</translation>
    </message>
    <message>
        <source>Opens the cash drawer on the printer&apos;s drawer port.</source>
        <translation>通过打印机的钱箱接口打开钱箱。</translation>
    </message>
    <message>
        <source>Shows the store&apos;s printer and scanner settings.</source>
        <translation>显示本店的打印机和扫码枪设置。</translation>
    </message>
    <message>
        <source>Sets the store&apos;s printer (an empty URI removes it), how it is driven, and the scanner; what is not given stays.</source>
        <translation>设置本店的打印机（地址留空即删除）、驱动方式和扫码枪；未给出的项目保持不变。</translation>
    </message>
    <message>
        <source>How Chinese text is sent.</source>
        <translation>中文的发送方式。</translation>
    </message>
    <message>
        <source>The ESC t code page in codepage mode: 0, 16 or 19.</source>
        <translation>代码页模式下 ESC t 的代码页：0、16 或 19。</translation>
    </message>
    <message>
        <source>The drawer&apos;s pin: 2 or 5.</source>
        <translation>钱箱针脚：2 或 5。</translation>
    </message>
    <message>
        <source>hid, or the scanner&apos;s serial URI.</source>
        <translation>hid，或扫码枪的串口地址。</translation>
    </message>
    <message>
        <source>--text-mode is gb18030, gb18030-native or codepage, not “%1”.</source>
        <translation>--text-mode 只能是 gb18030、gb18030-native 或 codepage，不能是“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a black-and-white PBM picture (P4); convert it first, or choose the logo in the window.</source>
        <translation>%1 不是黑白 PBM 图片（P4）；请先转换，或在主程序窗口中选择标志图片。</translation>
    </message>
    <message>
        <source>A black-and-white PBM picture on top of every receipt (&quot;&quot; removes it).</source>
        <translation>每张小票顶部的黑白 PBM 图片（&quot;&quot; 表示删除）。</translation>
    </message>
    <message>
        <source>Switches a coupon template back on.</source>
        <translation>重新启用优惠券模板。</translation>
    </message>
    <message>
        <source>Switches a coupon template off: it issues nothing more, and the coupons already issued stay good.</source>
        <translation>停用优惠券模板：不再发放新券，已发的券仍然有效。</translation>
    </message>
    <message>
        <source>The template&apos;s name or id</source>
        <translation>模板名称或编号</translation>
    </message>
    <message>
        <source>Adds a coupon template from a JSON document (kind amount_off, percent_off or gift; validity; optional auto_issue welcome, birthday or referral).</source>
        <translation>从 JSON 文档新增优惠券模板（kind 为 amount_off、percent_off 或 gift；有效期；可选 auto_issue 为 welcome、birthday 或 referral）。</translation>
    </message>
    <message>
        <source>The template file (or - for standard input)</source>
        <translation>模板文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>Lists the coupon templates.</source>
        <translation>列出优惠券模板。</translation>
    </message>
    <message>
        <source>Issues coupons of a template: to one member, to every member the filters choose (one each), or anonymous ones to print. Answers the coupons with their codes.</source>
        <translation>按模板发券：发给一位会员、发给筛选出的每位会员（每人一张），或发放可打印的不记名券。返回所发的券及券码。</translation>
    </message>
    <message>
        <source>The member&apos;s phone or card number.</source>
        <translation>会员的手机号或卡号。</translation>
    </message>
    <message>
        <source>Coupons anyone may use (to print and hand out).</source>
        <translation>任何人都可使用的券（打印后派发）。</translation>
    </message>
    <message>
        <source>How many anonymous coupons (default 1).</source>
        <translation>不记名券的张数（默认 1）。</translation>
    </message>
    <message>
        <source>Say who gets the coupons: --member, --anonymous, or member filters (one of them).</source>
        <translation>请说明发给谁：--member、--anonymous 或会员筛选条件（三者选一）。</translation>
    </message>
    <message>
        <source>Lists a member&apos;s coupons that can be used today (every one they ever had with --all).</source>
        <translation>列出会员今天可用的券（加 --all 列出全部）。</translation>
    </message>
    <message>
        <source>Used and expired ones too.</source>
        <translation>包括已用和过期的券。</translation>
    </message>
    <message>
        <source>Shows one coupon: whose it is, when it is valid, and the sale that used it.</source>
        <translation>显示一张券：属于谁、有效期、以及使用它的交易。</translation>
    </message>
    <message>
        <source>The coupon&apos;s code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Posts every points expiry that is due, reviews tiers whose window has passed and issues the birthday coupons due today.</source>
        <translation>处理到期积分，复核统计期已过的会员等级，并发放今天该发的生日券。</translation>
    </message>
    <message>
        <source>Members may take it for this many points (empty: they may not).</source>
        <translation>会员可用这么多积分兑换（留空：不可兑换）。</translation>
    </message>
    <message>
        <source>Only products members may take for points.</source>
        <translation>只列会员可用积分兑换的商品。</translation>
    </message>
    <message>
        <source>Hands a member gifts for points (积分兑换): each barcode once per unit; answers the sale, paid with points alone.</source>
        <translation>为会员办理积分兑换：每件商品给一次条码；返回这笔只用积分支付的交易。</translation>
    </message>
    <message>
        <source>The same id again answers the gifts already handed over.</source>
        <translation>同一编号再次提交时返回已办理的兑换。</translation>
    </message>
    <message>
        <source>Who handed them over.</source>
        <translation>经办人。</translation>
    </message>
    <message>
        <source>Only say how many points it takes.</source>
        <translation>只计算所需积分，不办理。</translation>
    </message>
    <message>
        <source>A list to win members back or remind them: each with why they are on it, what they spent and a message from the list&apos;s template, ready to send. Phones are masked unless --full-phone.</source>
        <translation>召回或提醒名单：列出每位会员上榜的原因、累计消费，以及按名单模板生成的消息，可直接发送。手机号默认打码，加 --full-phone 显示完整号码。</translation>
    </message>
    <message>
        <source>The message to fill in (placeholders: %1).</source>
        <translation>要填写的消息（可用占位符：%1）。</translation>
    </message>
    <message>
        <source>Keep --message as this list&apos;s template.</source>
        <translation>把 --message 保存为此名单的模板。</translation>
    </message>
    <message>
        <source>Whole phone numbers.</source>
        <translation>显示完整手机号。</translation>
    </message>
    <message>
        <source>At most this many (default 10000).</source>
        <translation>最多列出这么多（默认 10000）。</translation>
    </message>
    <message>
        <source>--save-message needs --message.</source>
        <translation>--save-message 需要同时给出 --message。</translation>
    </message>
    <message>
        <source>Only members one step from the next tier (80 % of its spend).</source>
        <translation>只列即将升级的会员（已达下一等级消费门槛的 80%）。</translation>
    </message>
    <message>
        <source>Registers a member and answers with it. The member who referred them earns the rules&apos; referral reward on their first paid sale.</source>
        <translation>登记会员并返回会员信息。推荐人在新会员第一笔付款消费后获得规则中的推荐奖励。</translation>
    </message>
    <message>
        <source>The phone or card number of the member who referred them.</source>
        <translation>推荐人的手机号或会员卡号。</translation>
    </message>
    <message>
        <source>Checks the store: SQLite&apos;s integrity and foreign-key checks, and that the books balance (balances equal their ledgers, every sale is whole, stock equals its moves). Exits 1 with check_failed when something is wrong.</source>
        <translation>检查门店数据：SQLite 完整性与外键检查，以及账目是否平衡（余额等于流水合计、每笔销售完整、库存等于出入库合计）。发现问题时以 check_failed 退出，状态码 1。</translation>
    </message>
    <message>
        <source>The store has problems: %1. Restore the last good backup, or ask for help before selling on.</source>
        <translation>门店数据有问题：%1。请恢复最近一份完好的备份，或在继续销售前寻求帮助。</translation>
    </message>
    <message>
        <source>--%1 is on or off, not “%2”.</source>
        <translation>--%1 只能是 on 或 off，不能是“%2”。</translation>
    </message>
    <message>
        <source>Copies the store to FILE while it is in use (SQLite&apos;s online backup). Sealed with this computer&apos;s backup key when the backup settings say so or --seal on is given.</source>
        <translation>在门店数据使用中将其复制到 FILE（SQLite 在线备份）。当备份设置要求或给出 --seal on 时，用本机的备份密钥加密。</translation>
    </message>
    <message>
        <source>on: encrypt with the backup key; off: a plain SQLite copy.</source>
        <translation>on：用备份密钥加密；off：普通的 SQLite 副本。</translation>
    </message>
    <message>
        <source>Lists the daily backups in the backup folder, newest first.</source>
        <translation>列出备份文件夹中的每日备份，最新的在前。</translation>
    </message>
    <message>
        <source>Takes today&apos;s backup into the backup folder unless one is there already, then deletes the oldest beyond the number to keep (the window does this by itself each day).</source>
        <translation>若备份文件夹中还没有今天的备份，则备份一份，然后删除超出保留份数的最旧备份（窗口程序每天会自动这样做）。</translation>
    </message>
    <message>
        <source>Shows or changes where daily backups go, how many are kept and whether they are sealed; what is not given stays.</source>
        <translation>显示或更改每日备份的位置、保留份数以及是否加密；未给出的项保持不变。</translation>
    </message>
    <message>
        <source>The folder for daily backups.</source>
        <translation>存放每日备份的文件夹。</translation>
    </message>
    <message>
        <source>How many daily backups to keep (1 to 366).</source>
        <translation>保留多少份每日备份（1 至 366）。</translation>
    </message>
    <message>
        <source>on: encrypt daily backups with the backup key.</source>
        <translation>on：用备份密钥加密每日备份。</translation>
    </message>
    <message>
        <source>Shows the recovery phrase of this computer&apos;s backup key (making the key the first time). Write it down and keep it away from the computer: it opens sealed backups.</source>
        <translation>显示本机备份密钥的恢复短语（首次使用时生成密钥）。请抄写下来并与电脑分开保管：它能打开加密的备份。</translation>
    </message>
    <message>
        <source>Keeps the backup key of a recovery phrase in this computer&apos;s keychain, so sealed backups from the old computer can be restored here.</source>
        <translation>将恢复短语对应的备份密钥存入本机的钥匙串，以便在这里恢复旧电脑的加密备份。</translation>
    </message>
    <message>
        <source>Replaces the store with the backup in FILE, after checking it whole (integrity, data version, every ledger). The store as it was is kept beside it as *.replaced-YYYYMMDD-HHMMSS.</source>
        <translation>先完整检查 FILE 中的备份（完整性、数据版本、每一项账目），再用它替换门店数据。原来的门店数据以 *.replaced-YYYYMMDD-HHMMSS 保存在旁边。</translation>
    </message>
    <message>
        <source>The first store day (YYYY-MM-DD; default %1).</source>
        <translation>起始营业日（YYYY-MM-DD；默认%1）。</translation>
    </message>
    <message>
        <source>The last store day (default today).</source>
        <translation>截止营业日（默认今天）。</translation>
    </message>
    <message>
        <source>Print it on the receipt printer as well.</source>
        <translation>同时在小票打印机上打印。</translation>
    </message>
    <message>
        <source>The close report (Z): a store day (日结, default today) or one cashier&apos;s shift (交班) — receipts, gross, discounts, net, refunds, takings per payment method, cash expected and counted, stored value and points.</source>
        <translation>结账报表（Z 报表）：门店一个营业日（日结，默认今天）或一个收银员的班次（交班）——单数、应收、折扣、销售净额、退货、各支付方式实收、应收现金与实点现金、储值和积分。</translation>
    </message>
    <message>
        <source>The store day (default today).</source>
        <translation>营业日（默认今天）。</translation>
    </message>
    <message>
        <source>A shift&apos;s number instead of a day.</source>
        <translation>班次编号（代替营业日）。</translation>
    </message>
    <message>
        <source>Give --date or --shift, not both.</source>
        <translation>请给出 --date 或 --shift，不能同时给出。</translation>
    </message>
    <message>
        <source>Sales over a period of store days (default today), grouped --by day (default), week, month, product, category, cashier, payment method or hour of day, with the period&apos;s total and the members&apos; share.</source>
        <translation>一段营业日内的销售（默认今天），按 --by 分组：day 日（默认）、week 周、month 月、product 商品、category 分类、cashier 收银员、payment 支付方式或 hour 时段；附期间合计和会员消费占比。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>What each row is (default day).</source>
        <translation>每行的分组方式（默认 day）。</translation>
    </message>
    <message>
        <source>At most this many rows: the best sellers first.</source>
        <translation>最多这么多行：畅销的在前。</translation>
    </message>
    <message>
        <source>Members: new members per day, week or month of the period (default the last 30 days), active and sleeping members, RFM segments of the period&apos;s buyers, tiers and their moves.</source>
        <translation>会员报表：期间内（默认最近 30 天）每日、每周或每月新增会员，活跃与沉睡会员，期间消费会员的 RFM 分群，会员等级及升降级。</translation>
    </message>
    <message>
        <source>29 days before --to</source>
        <translation>--to 之前 29 天</translation>
    </message>
    <message>
        <source>day (default), week or month.</source>
        <translation>day 日（默认）、week 周或 month 月。</translation>
    </message>
    <message>
        <source>What the store owes its members now: points outstanding and their value at the redemption rate, and stored value (paid-in and bonus apart).</source>
        <translation>门店目前对会员的负债：未使用积分及按当前抵现比例折算的金额，以及储值余额（实充与赠送分列）。</translation>
    </message>
    <message>
        <source>Promotions, tier discounts, member days and coupons over a period (default the last 30 days): coupons issued and used, discounts given and the receipts that carried them.</source>
        <translation>一段期间内（默认最近 30 天）的促销、等级折扣、会员日和优惠券：发券数和用券数、优惠金额以及享受优惠的单据。</translation>
    </message>
    <message>
        <source>Opens a shift for a cashier with the float (备用金) in the drawer; their sales from now on belong to it.</source>
        <translation>为收银员开班并登记钱箱中的备用金；此后该收银员的销售都计入本班次。</translation>
    </message>
    <message>
        <source>The cashier&apos;s name, as on their sales.</source>
        <translation>收银员姓名，与销售单上的一致。</translation>
    </message>
    <message>
        <source>Cash in the drawer at the start (default 0.00).</source>
        <translation>开班时钱箱中的现金（默认 0.00）。</translation>
    </message>
    <message>
        <source>Closes a shift with the cash counted in the drawer and answers its close report (交班): what the drawer should hold and the difference.</source>
        <translation>登记钱箱实点现金并交班，返回交班报表：应收现金及差额。</translation>
    </message>
    <message>
        <source>Close this cashier&apos;s open shift.</source>
        <translation>为该收银员当前的班次交班。</translation>
    </message>
    <message>
        <source>Close the shift with this number.</source>
        <translation>为此编号的班次交班。</translation>
    </message>
    <message>
        <source>The cash counted in the drawer.</source>
        <translation>钱箱实点现金。</translation>
    </message>
    <message>
        <source>A note kept with the shift.</source>
        <translation>班次备注。</translation>
    </message>
    <message>
        <source>Give --cashier or --shift (one of them).</source>
        <translation>请给出 --cashier 或 --shift（二者选一）。</translation>
    </message>
    <message>
        <source>Lists the shifts opened on a store day (default today), or every shift still open.</source>
        <translation>列出某个营业日（默认今天）开班的班次，或所有尚未交班的班次。</translation>
    </message>
    <message>
        <source>Every shift still open, any day.</source>
        <translation>所有尚未交班的班次（不限日期）。</translation>
    </message>
    <message>
        <source>Give --date or --open, not both.</source>
        <translation>请给出 --date 或 --open，不能同时给出。</translation>
    </message>
    <message>
        <source>Fills the store with a sample shop: products with valid barcodes, members with valid phones and, with --sales, days of trading up to today. The same seed gives the same data.</source>
        <translation>用示例数据填充门店：条码有效的商品、手机号有效的会员；加 --sales 时还生成截至今天若干天的经营流水。相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>How many receipts of trading history (default 0; the store must not trade yet).</source>
        <translation>生成多少笔历史销售单（默认 0；门店须尚无交易）。</translation>
    </message>
    <message>
        <source>How many store days, ending today, the sales spread over (default 90).</source>
        <translation>销售分布在截至今天的多少个营业日内（默认 90）。</translation>
    </message>
    <message>
        <source>Usage: storedeskctl [--db PATH] [--format json|csv|text] [--user NAME] COMMAND ...

StoreDesk from the command line: answers in JSON on standard output; errors as {&quot;error&quot;: {&quot;code&quot;, &quot;message&quot;}} on standard error.
Once a store has users, commands that need a permission need --user NAME (or STOREDESK_USER), with the PIN in STOREDESK_PIN or typed at the terminal.

Commands:
</source>
        <translation>用法：storedeskctl [--db 路径] [--format json|csv|text] [--user 姓名] 命令 ...

StoreDesk 命令行：结果以 JSON 输出到标准输出；错误以 {&quot;error&quot;: {&quot;code&quot;, &quot;message&quot;}} 输出到标准错误。
店里有了用户之后，需要权限的命令须加 --user 姓名（或设置 STOREDESK_USER），PIN 放在 STOREDESK_PIN 中，或在终端里输入。

命令：
</translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>%1 的 PIN：</translation>
    </message>
    <message>
        <source>Give the PIN in %1, or run the command at a terminal to type it.</source>
        <translation>请把 PIN 放在 %1 中，或在终端里运行命令后输入。</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>The two PINs typed differ; nothing was changed.</source>
        <translation>两次输入的 PIN 不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>--role is cashier, manager or owner, not “%1”.</source>
        <translation>--role 只能是 cashier、manager 或 owner，不能是“%1”。</translation>
    </message>
    <message>
        <source>New PIN for %1: </source>
        <translation>%1 的新 PIN：</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 的日期格式为 YYYY-MM-DD，不能是“%2”。</translation>
    </message>
    <message>
        <source>Adds a person who may sign in; the PIN comes from STOREDESK_NEW_PIN or is typed twice. The first user must be the owner; after that it takes the owner.</source>
        <translation>添加一位可以登录的人员；PIN 取自 STOREDESK_NEW_PIN，或输入两次。第一位用户必须是店主，之后添加人员须由店主操作。</translation>
    </message>
    <message>
        <source>cashier, manager or owner.</source>
        <translation>cashier（收银员）、manager（店长）或 owner（店主）。</translation>
    </message>
    <message>
        <source>The user&apos;s name</source>
        <translation>用户姓名</translation>
    </message>
    <message>
        <source>Lists the users with their roles and whether they are locked.</source>
        <translation>列出用户及其角色，以及是否被锁定。</translation>
    </message>
    <message>
        <source>Renames a user, changes their role, or stops and restarts their sign-in. The store always keeps one active owner.</source>
        <translation>修改用户姓名、角色，或停用、恢复其登录。店里始终至少保留一位在用的店主。</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>新姓名。</translation>
    </message>
    <message>
        <source>May sign in again.</source>
        <translation>恢复登录。</translation>
    </message>
    <message>
        <source>May no longer sign in.</source>
        <translation>停止登录。</translation>
    </message>
    <message>
        <source>Give --active or --inactive, not both.</source>
        <translation>--active 和 --inactive 只能二选一。</translation>
    </message>
    <message>
        <source>Gives a user a new PIN (from STOREDESK_NEW_PIN or typed twice) and lifts a lock.</source>
        <translation>为用户设置新 PIN（取自 STOREDESK_NEW_PIN 或输入两次），并解除锁定。</translation>
    </message>
    <message>
        <source>Lets a user locked by wrong PINs sign in again at once.</source>
        <translation>让因输错 PIN 被锁定的用户立即可以重新登录。</translation>
    </message>
    <message>
        <source>Changes the signed-in user&apos;s own PIN (--user NAME): the current one from STOREDESK_PIN, the new one from STOREDESK_NEW_PIN.</source>
        <translation>修改已登录用户（--user 姓名）自己的 PIN：当前 PIN 取自 STOREDESK_PIN，新 PIN 取自 STOREDESK_NEW_PIN。</translation>
    </message>
    <message>
        <source>Say whose PIN it is with --user NAME.</source>
        <translation>请用 --user 姓名 指明是谁的 PIN。</translation>
    </message>
    <message>
        <source>Current PIN for %1: </source>
        <translation>%1 当前的 PIN：</translation>
    </message>
    <message>
        <source>Shows the audit trail, newest first: who did what, when, who approved it, and what it changed. Needs audit_view.</source>
        <translation>显示审计日志（最新的在前）：谁在何时做了什么、由谁批准、改动了什么。需要 audit_view 权限。</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>从这一天起（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>到这一天为止（含当天）。</translation>
    </message>
    <message>
        <source>Done or approved by this user.</source>
        <translation>由该用户操作或批准。</translation>
    </message>
    <message>
        <source>Only this action (refund, …).</source>
        <translation>只看这种操作（refund 等）。</translation>
    </message>
    <message>
        <source>Text found in what it was done to or what it changed.</source>
        <translation>在操作对象或改动内容中查找的文字。</translation>
    </message>
    <message>
        <source>At most this many entries (200).</source>
        <translation>最多显示多少条（默认 200）。</translation>
    </message>
    <message>
        <source>Entries older than this id.</source>
        <translation>早于该编号的条目。</translation>
    </message>
    <message>
        <source>Walks the audit trail&apos;s hash chain: exits 1 with audit_broken naming the first entry changed, removed or slipped in.</source>
        <translation>逐条核对审计日志的哈希链：发现被改动、删除或插入的条目时以 audit_broken 退出（退出码 1），并指出第一条。</translation>
    </message>
    <message>
        <source>Forgets a member who asks for it: their name, phone, card, birthday and tags are erased, points forfeited, sales kept without a name. Stored value must be paid back first. Needs the owner.</source>
        <translation>按会员要求删除其个人信息：姓名、手机号、会员卡、生日和标签被清除，积分作废，消费记录保留但不再关联姓名。须先退还储值余额。需要店主操作。</translation>
    </message>
    <message>
        <source>Merges a member registered twice: the second one&apos;s sales, points, stored value, coupons and tags move to the first, and the second is forgotten. Needs the owner.</source>
        <translation>合并重复登记的会员：第二位的消费、积分、储值、优惠券和标签转到第一位名下，第二位被删除。需要店主操作。</translation>
    </message>
    <message>
        <source>Gives (or, negative, takes back) bonus stored value by hand; paid-in money is never changed this way. The reason stays in the member&apos;s stored-value history.</source>
        <translation>手动赠送（负数为扣回）储值赠送金额；实充金额不会因此改变。原因记入会员的储值明细。</translation>
    </message>
    <message>
        <source>Bonus to give; negative to take.</source>
        <translation>赠送金额；负数为扣回。</translation>
    </message>
    <message>
        <source>--amount takes money like 5.00 or -5.00, not “%1”.</source>
        <translation>--amount 应为 5.00 或 -5.00 这样的金额，不能是“%1”。</translation>
    </message>
    <message>
        <source>Whole phone numbers instead of 138****5678 (keep the file safe).</source>
        <translation>导出完整手机号，而不是 138****5678（请妥善保管文件）。</translation>
    </message>
    <message>
        <source>Moves members in from another system&apos;s CSV export: points and stored value become opening balances. Nothing is written unless every row is right (or --skip-bad); --dry-run only reports, by line.</source>
        <translation>从其他系统导出的 CSV 文件导入会员：积分和储值作为期初余额记入。除非每一行都正确（或使用 --skip-bad），否则不写入任何数据；--dry-run 只按行报告问题。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>检查每一行并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>Import the good rows and report the bad ones.</source>
        <translation>导入正确的行，报告有问题的行。</translation>
    </message>
    <message>
        <source>Which column fills a detail, e.g. phone=联系电话 (empty: leave the detail out); repeat for more. Details: %1.</source>
        <translation>指定哪一列填入哪项资料，例如 phone=联系电话（留空：不导入该项）；可重复使用。资料项：%1。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding when finding it goes wrong: utf-8, gbk (gb18030) or utf-16.</source>
        <translation>自动识别出错时指定文件编码：utf-8、gbk（gb18030）或 utf-16。</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>%1 of %2 rows were refused, so nothing was imported. Correct them (the answer lists each by line), or import the others with --skip-bad.</source>
        <translation>%2 行中有 %1 行未通过检查，因此没有导入任何数据。请改正这些行（结果中按行列出），或使用 --skip-bad 导入其余的行。</translation>
    </message>
    <message>
        <source>Writes the members the filters choose (all without) to a CSV file for spreadsheets (UTF-8 with a BOM), in the columns import members reads. Phones are masked unless --full-phone.</source>
        <translation>将筛选条件选出的会员（无条件时为全部会员）写入供电子表格使用的 CSV 文件（带 BOM 的 UTF-8），列与 import members 读取的相同。除非使用 --full-phone，手机号会被隐藏中间四位。</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>要写入的 CSV 文件</translation>
    </message>
    <message>
        <source>Writes the sales and refunds of the store&apos;s days from --from to --to (both included) to a CSV file for spreadsheets (UTF-8 with a BOM): one row each, with what every payment method took. Phones are masked unless --full-phone.</source>
        <translation>将 --from 到 --to（含首尾两天）营业日的销售和退货写入供电子表格使用的 CSV 文件（带 BOM 的 UTF-8）：每笔一行，并列出各支付方式的金额。除非使用 --full-phone，手机号会被隐藏中间四位。</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>第一天。</translation>
    </message>
    <message>
        <source>The last day.</source>
        <translation>最后一天。</translation>
    </message>
</context>
<context>
    <name>storedesk</name>
    <message>
        <source>Point of sale and membership for one store.</source>
        <translation>单店收银与会员管理。</translation>
    </message>
    <message>
        <source>The store file to open.</source>
        <translation>要打开的门店文件。</translation>
    </message>
    <message>
        <source>Fill an empty store with a sample shop to try StoreDesk.</source>
        <translation>用示例数据填充空门店，体验 StoreDesk。</translation>
    </message>
    <message>
        <source>StoreDesk Demo Store</source>
        <translation>StoreDesk 示例门店</translation>
    </message>
    <message>
        <source>StoreDesk</source>
        <translation>StoreDesk</translation>
    </message>
</context>
<context>
    <name>storedesk::core::AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>User locked</source>
        <translation>用户被锁定</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>修改 PIN</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Price changed at the till</source>
        <translation>收银改价</translation>
    </message>
    <message>
        <source>Discount by hand</source>
        <translation>手动折扣</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <source>Bonus adjusted</source>
        <translation>赠送金额调整</translation>
    </message>
    <message>
        <source>Stored value paid back</source>
        <translation>储值退款</translation>
    </message>
    <message>
        <source>Member deleted</source>
        <translation>会员已删除</translation>
    </message>
    <message>
        <source>Members merged</source>
        <translation>会员合并</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <source>Stock corrected</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>修改规则</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Coupon template added</source>
        <translation>添加优惠券模板</translation>
    </message>
    <message>
        <source>Coupon template on</source>
        <translation>启用优惠券模板</translation>
    </message>
    <message>
        <source>Coupon template off</source>
        <translation>停用优惠券模板</translation>
    </message>
    <message>
        <source>Coupons issued</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Whole phone numbers exported</source>
        <translation>导出完整手机号</translation>
    </message>
    <message>
        <source>Entry %1 is missing.</source>
        <translation>第 %1 条缺失。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was removed or changed.</source>
        <translation>第 %1 条与前一条接不上：有条目被删除或改动。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>第 %1 条在写入后被改动过。</translation>
    </message>
    <message>
        <source>The newest entries of the audit trail are missing (it ended with %1).</source>
        <translation>审计日志最新的条目缺失（原本结束于第 %1 条）。</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>storedesk::core::BackupFile</name>
    <message>
        <source>The disk holding %1 is full: no backup was written there. Free some space or choose another folder.</source>
        <translation>存放 %1 的磁盘已满：备份没有写入。请腾出空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>There is no store at %1 to back up.</source>
        <translation>%1 处没有可备份的门店数据。</translation>
    </message>
    <message>
        <source>The store %1 could not be read: %2</source>
        <translation>无法读取门店数据 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or cut short: its seal does not hold, so nothing in it can be trusted. Use another backup.</source>
        <translation>备份 %1 已损坏或不完整：加密校验不通过，其中任何内容都不可信。请使用其他备份。</translation>
    </message>
    <message>
        <source>%1 is not a StoreDesk backup: %2</source>
        <translation>%1 不是 StoreDesk 备份：%2</translation>
    </message>
    <message>
        <source>its folder could not be created.</source>
        <translation>无法创建其所在文件夹。</translation>
    </message>
    <message>
        <source>it is the store itself.</source>
        <translation>它就是门店数据文件本身。</translation>
    </message>
    <message>
        <source>it was sealed by a newer StoreDesk.</source>
        <translation>它由更新版本的 StoreDesk 加密。</translation>
    </message>
    <message>
        <source>it is neither a SQLite file nor a sealed backup.</source>
        <translation>它既不是 SQLite 文件，也不是加密备份。</translation>
    </message>
    <message>
        <source>The backup %1 is sealed with key %2, and this computer has no backup key. Import the store&apos;s recovery phrase first (storedeskctl backup key import, or Settings › Backups).</source>
        <translation>备份 %1 用密钥 %2 加密，而本机没有备份密钥。请先导入门店的恢复短语（storedeskctl backup key import，或 设置 › 备份）。</translation>
    </message>
    <message>
        <source>The backup %1 is sealed with key %2, but this computer&apos;s backup key is %3. Import the recovery phrase of the store that wrote it.</source>
        <translation>备份 %1 用密钥 %2 加密，但本机的备份密钥是 %3。请导入写出该备份的门店的恢复短语。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::BackupKey</name>
    <message>
        <source>That is not a StoreDesk recovery phrase: %1 Type it again as shown by “storedeskctl backup key show” on the old computer.</source>
        <translation>这不是 StoreDesk 恢复短语：%1 请按旧电脑上“storedeskctl backup key show”显示的内容重新输入。</translation>
    </message>
    <message>
        <source>“%1” is not one of its letters (A to Z and 2 to 7).</source>
        <translation>“%1”不是其中的字符（A 至 Z 以及 2 至 7）。</translation>
    </message>
    <message>
        <source>it has %1 letters and digits, not %2.</source>
        <translation>它有 %1 个字母和数字，而不是 %2 个。</translation>
    </message>
    <message>
        <source>its checksum does not match, so a character is mistyped.</source>
        <translation>校验码不符，有字符输错了。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Backups</name>
    <message>
        <source>it is not a SQLite file.</source>
        <translation>它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored. Use another backup.</source>
        <translation>备份 %1 已损坏（%2）；没有恢复任何内容。请使用其他备份。</translation>
    </message>
    <message>
        <source>it holds no StoreDesk store.</source>
        <translation>其中没有 StoreDesk 门店数据。</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /media/usb/storedesk or D:\StoreDesk backups.</source>
        <translation>备份文件夹必须是完整路径，例如 /media/usb/storedesk 或 D:\StoreDesk backups。</translation>
    </message>
    <message>
        <source>Keep between 1 and %1 daily backups.</source>
        <translation>每日备份保留 1 至 %1 份。</translation>
    </message>
    <message>
        <source>No room to check the backup beside the store %1: %2</source>
        <translation>无法在门店数据 %1 旁检查备份：%2</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer StoreDesk (data version %2; this program knows up to %3). Install the newer StoreDesk to restore it.</source>
        <translation>备份 %1 由更新版本的 StoreDesk 写出（数据版本 %2；本程序最高支持 %3）。请安装新版 StoreDesk 后再恢复。</translation>
    </message>
    <message>
        <source>The backup %1 does not pass the store check (%2); nothing was restored. Use another backup.</source>
        <translation>备份 %1 未通过门店数据检查（%2）；没有恢复任何内容。请使用其他备份。</translation>
    </message>
    <message>
        <source>The backup %1 uses another page size than the store; nothing was restored.</source>
        <translation>备份 %1 的页大小与门店数据不同；没有恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Barcode</name>
    <message>
        <source>“%1” has a wrong check digit: the last digit should be %2. Scan it again or check the number on the label.</source>
        <translation>“%1”的校验位不对：最后一位应为 %2。请重新扫描或核对标签上的数字。</translation>
    </message>
    <message>
        <source>“%1” is not a barcode. Use the digits of an EAN or UPC code, or a store code of up to 32 letters, digits and - _ . /</source>
        <translation>“%1”不是条码。请使用 EAN 或 UPC 条码的数字，或最多 32 位由字母、数字和 - _ . / 组成的店内码。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Catalog</name>
    <message>
        <source>Barcode %1 is already used by another product.</source>
        <translation>条码 %1 已被其他商品使用。</translation>
    </message>
    <message>
        <source>There is no product number %1.</source>
        <translation>没有编号为 %1 的商品。</translation>
    </message>
    <message>
        <source>No product has the barcode %1.</source>
        <translation>没有条码为 %1 的商品。</translation>
    </message>
    <message>
        <source>A product name has 1 to %1 characters.</source>
        <translation>商品名称为 1 到 %1 个字。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>A stock level is a whole number between -%1 and %1.</source>
        <translation>库存必须是 -%1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>A reorder level is a whole number from 0 to %1, or empty for the store&apos;s default.</source>
        <translation>补货线是 0 到 %1 之间的整数，留空则使用门店默认值。</translation>
    </message>
    <message>
        <source>Say why the stock changes (goods received, stocktake, breakage …); the note stays in the stock history.</source>
        <translation>请写明库存变动的原因（到货、盘点、报损……）；备注会记入库存明细。</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
    <message>
        <source>A category name has 1 to %1 characters.</source>
        <translation>分类名称为 1 到 %1 个字。</translation>
    </message>
    <message>
        <source>A stock correction is a whole number of units other than 0, from -%1 to %1.</source>
        <translation>库存调整是 -%1 到 %1 之间不为 0 的整数。</translation>
    </message>
    <message>
        <source>There is already a category called %1.</source>
        <translation>已有名为“%1”的分类。</translation>
    </message>
    <message>
        <source>There is no category called %1.</source>
        <translation>没有名为“%1”的分类。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) still belong to %1; move them first.</source>
        <translation>
            <numerusform>分类“%1”中还有 %n 个商品；请先移走。</numerusform>
        </translation>
    </message>
    <message>
        <source>A gift&apos;s points are a whole number from 1 to 100,000,000, or empty when it is not a gift.</source>
        <translation>兑换积分是 1 到 100,000,000 之间的整数，不可兑换时留空。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Checkout</name>
    <message>
        <source>%1&apos;s membership is frozen; serve them as a walk-in customer or unfreeze it first.</source>
        <translation>%1 的会员已冻结；请按散客结账，或先解冻。</translation>
    </message>
    <message>
        <source>The sale has no lines.</source>
        <translation>这笔销售没有商品。</translation>
    </message>
    <message>
        <source>%1 is no longer on sale.</source>
        <translation>%1 已下架。</translation>
    </message>
    <message>
        <source>Paying with stored value needs a member.</source>
        <translation>使用储值付款需要先选择会员。</translation>
    </message>
    <message>
        <source>The stored value balance is %1, less than the %2 to pay.</source>
        <translation>储值余额为 %1，不足以支付 %2。</translation>
    </message>
    <message>
        <source>Request %1 was already used for a different sale.</source>
        <translation>请求号 %1 已用于另一笔不同的销售。</translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation>没有小票 %1。</translation>
    </message>
    <message>
        <source>There is no sale number %1.</source>
        <translation>没有编号为 %1 的销售。</translation>
    </message>
    <message>
        <source>%1 is itself a refund.</source>
        <translation>%1 本身就是一张退货单。</translation>
    </message>
    <message>
        <source>Receipt %1 is already fully refunded.</source>
        <translation>小票 %1 已全部退货。</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>小票 %1 没有第 %2 行。</translation>
    </message>
    <message>
        <source>Line %1 of receipt %2 is already refunded.</source>
        <translation>小票 %2 的第 %1 行已退货。</translation>
    </message>
    <message>
        <source>Line %1 can be refunded for 1 to %2.</source>
        <translation>第 %1 行可退 1 到 %2 件。</translation>
    </message>
    <message>
        <source>%1, the gift of coupon %2, is no longer on sale.</source>
        <translation>券 %2 的赠品 %1 已停售。</translation>
    </message>
    <message>
        <source>Referral reward: %1 made a first purchase</source>
        <translation>推荐奖励：%1 首次消费</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Clock</name>
    <message>
        <source>STOREDESK_NOW is “%1”, which is not an ISO 8601 date and time (example: 2026-11-22T09:30:00+08:00).</source>
        <translation>STOREDESK_NOW 的值“%1”不是 ISO 8601 日期时间（例如 2026-11-22T09:30:00+08:00）。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::CloseReports</name>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Tier discount</source>
        <translation>会员等级折扣</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>会员日</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
</context>
<context>
    <name>storedesk::core::CouponBook</name>
    <message>
        <source>The coupon template is not valid: no product has the barcode %1 to give.</source>
        <translation>优惠券模板无效：没有条码为 %1 的赠品商品。</translation>
    </message>
    <message>
        <source>There is already a coupon template called %1.</source>
        <translation>已有名为“%1”的优惠券模板。</translation>
    </message>
    <message>
        <source>There is no coupon template %1.</source>
        <translation>没有优惠券模板“%1”。</translation>
    </message>
    <message>
        <source>The coupon template %1 is switched off.</source>
        <translation>优惠券模板“%1”已停用。</translation>
    </message>
    <message>
        <source>There is no member number %1.</source>
        <translation>没有编号为 %1 的会员。</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>没有券码为 %1 的优惠券。</translation>
    </message>
    <message>
        <source>Coupon %1 was already used.</source>
        <translation>优惠券 %1 已使用过。</translation>
    </message>
    <message>
        <source>Coupon %1 was cancelled.</source>
        <translation>优惠券 %1 已作废。</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>优惠券 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Coupon %1 can be used from %2.</source>
        <translation>优惠券 %1 从 %2 起才能使用。</translation>
    </message>
    <message>
        <source>Coupon %1 belongs to another member.</source>
        <translation>优惠券 %1 属于其他会员。</translation>
    </message>
    <message>
        <source>Coupon %1 belongs to a member: attach them to the sale first.</source>
        <translation>优惠券 %1 是会员券：请先把会员加入本单。</translation>
    </message>
    <message>
        <source>The coupon template is not valid: %1 %2</source>
        <translation>优惠券模板无效：%1 %2</translation>
    </message>
    <message>
        <source>must be &quot;amount_off&quot;, &quot;percent_off&quot; or &quot;gift&quot;.</source>
        <translation>应为 &quot;amount_off&quot;、&quot;percent_off&quot; 或 &quot;gift&quot;。</translation>
    </message>
    <message>
        <source>must not be more than min_spend.</source>
        <translation>不能大于 min_spend。</translation>
    </message>
    <message>
        <source>or &quot;valid_from&quot; with &quot;valid_until&quot; must say how long its coupons are valid (one or the other).</source>
        <translation>或 &quot;valid_from&quot; 与 &quot;valid_until&quot; 须说明券的有效期（二选一）。</translation>
    </message>
    <message>
        <source>must be &quot;welcome&quot;, &quot;birthday&quot;, &quot;referral&quot; or empty.</source>
        <translation>应为 &quot;welcome&quot;、&quot;birthday&quot;、&quot;referral&quot; 或留空。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::CsvTable</name>
    <message>
        <source>The file is not %1 text. Save it from the spreadsheet as “CSV UTF-8”, or name its encoding (UTF-8, GBK or UTF-16).</source>
        <translation>该文件不是 %1 文本。请在电子表格中另存为“CSV UTF-8”，或指定其编码（UTF-8、GBK 或 UTF-16）。</translation>
    </message>
    <message>
        <source>“%1” is not an encoding StoreDesk reads; use %2.</source>
        <translation>StoreDesk 无法读取“%1”编码；请使用 %2。</translation>
    </message>
    <message>
        <source>The file holds NUL characters: it may be UTF-16 text without a byte-order mark (name the encoding UTF-16), or not a CSV file at all.</source>
        <translation>文件中含有 NUL 字符：它可能是没有字节顺序标记的 UTF-16 文本（请指定编码为 UTF-16），或者根本不是 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 never closes; the file may be cut short or have a stray quote.</source>
        <translation>第 %1 行开始某个字段的引号没有闭合；文件可能不完整，或有多余的引号。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::CsvWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Database</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging; is it on a network drive or read-only?</source>
        <translation>门店文件 %1 无法启用预写日志；它是否在网络驱动器上或为只读？</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer StoreDesk (data version %2; this program knows up to %3). Install the newer StoreDesk to open it.</source>
        <translation>门店文件 %1 由更新版本的 StoreDesk 写入（数据版本 %2；本程序最高支持 %3）。请安装新版 StoreDesk 后再打开。</translation>
    </message>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>Updating the store to data version %1 failed: %2</source>
        <translation>将门店文件升级到数据版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Updating the store to data version %1 left rows that point nowhere (table %2).</source>
        <translation>升级到数据版本 %1 后出现无效引用（表 %2）。</translation>
    </message>
    <message>
        <source>There is no store at %1 yet. Create one with: storedeskctl init --store-name NAME</source>
        <translation>%1 还没有门店文件。请先创建：storedeskctl init --store-name NAME</translation>
    </message>
    <message>
        <source>The store could not be read or written (%1): %2</source>
        <translation>无法读写门店文件（%1）：%2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the last change was not saved; everything saved before it is safe. Free some space and try again.</source>
        <translation>存放 %1 的磁盘已满：最后一次更改未保存；之前保存的数据都完好。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The store %1 can only be read, not written (the file, its folder or the disk is read-only): the change was not saved. Give this user write access to the file and its folder.</source>
        <translation>门店数据 %1 只能读取，不能写入（文件、所在文件夹或磁盘为只读）：更改未保存。请给当前用户该文件及其文件夹的写入权限。</translation>
    </message>
    <message>
        <source>Another program kept the store %1 busy for too long; nothing was changed. Try again in a moment.</source>
        <translation>另一个程序占用门店数据 %1 过久；没有做任何更改。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::DemoStore</name>
    <message>
        <source>The number of %1 must be between 0 and 20000000.</source>
        <translation>--%1 的数量须在 0 到 20000000 之间。</translation>
    </message>
    <message>
        <source>The number of %1 must be between 0 and %2.</source>
        <translation>--%1 的数量须在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>The number of %1 must be between 1 and %2.</source>
        <translation>--%1 的数量须在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Sample sales go only into a store that has no sales, points or stored value yet.</source>
        <translation>示例销售只能加入尚无销售、积分和储值的门店。</translation>
    </message>
    <message>
        <source>Sample sales need products to sell: add some first (--products N).</source>
        <translation>示例销售需要可卖的商品：请先添加商品（--products N）。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::GiftCounter</name>
    <message>
        <source>%1&apos;s membership is frozen.</source>
        <translation>%1 的会员资格已冻结。</translation>
    </message>
    <message>
        <source>Choose at least one gift.</source>
        <translation>请至少选择一件礼品。</translation>
    </message>
    <message>
        <source>%1 is no longer on sale.</source>
        <translation>%1 已停售。</translation>
    </message>
    <message>
        <source>%1 is not a gift for points.</source>
        <translation>%1 不是积分兑换礼品。</translation>
    </message>
    <message>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>数量是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>These gifts take %1 points; %2 has %3.</source>
        <translation>这些礼品需要 %1 积分；%2 只有 %3 积分。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::HeldOrders</name>
    <message>
        <source>An empty cart cannot be held.</source>
        <translation>空的购物车不能挂单。</translation>
    </message>
    <message>
        <source>There is no held order number %1.</source>
        <translation>没有编号为 %1 的挂单。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::ImportMapping</name>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Bonus part of the stored value</source>
        <translation>储值中的赠送部分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最后消费时间</translation>
    </message>
    <message>
        <source>The file has no column “%1”; its columns are %2.</source>
        <translation>文件中没有“%1”列；文件的列为 %2。</translation>
    </message>
    <message>
        <source>“%1” does not say which column fills which detail: write FIELD=Header, FIELD being one of %2.</source>
        <translation>“%1”没有说明哪一列填入哪项资料：请写成 资料项=列名，资料项为 %2 之一。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>storedesk::core::ImportValues</name>
    <message>
        <source>The phone number is missing.</source>
        <translation>缺少手机号。</translation>
    </message>
    <message>
        <source>“%1” is a phone number a spreadsheet turned into a rounded number; format the column as text in the old system&apos;s export and export it again.</source>
        <translation>“%1”是被电子表格转换成约数的手机号；请在旧系统的导出中将该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>“%1” is not a mainland mobile number (11 digits starting with 13 to 19).</source>
        <translation>“%1”不是大陆手机号（以 13 至 19 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>“%1” is not a member status StoreDesk knows; use 正常 (active) or 冻结 (frozen).</source>
        <translation>“%1”不是 StoreDesk 认识的会员状态；请使用 正常 或 冻结。</translation>
    </message>
    <message>
        <source>“%1” is not a birthday; write it as 1990-05-17, 1990/5/17 or 1990年5月17日.</source>
        <translation>“%1”不是有效的生日；请写成 1990-05-17、1990/5/17 或 1990年5月17日。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2019-03-05 or 2019-03-05 14:30.</source>
        <translation>“%1”不是有效的日期；请写成 2019-03-05 或 2019-03-05 14:30。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan with at most two decimals, like 128.50.</source>
        <translation>“%1”不是以元为单位、最多两位小数的金额，例如 128.50。</translation>
    </message>
    <message>
        <source>%1 is not a balance StoreDesk takes in: it must be from 0 to %2.</source>
        <translation>%1 不是可导入的余额：必须在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>“%1” is not a number of points: a whole number from 0 to %2.</source>
        <translation>“%1”不是有效的积分：应为 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 是将来的时间。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::LoyaltyService</name>
    <message>
        <source>There is no member number %1.</source>
        <translation>没有编号为 %1 的会员。</translation>
    </message>
    <message>
        <source>A top-up is between 0.01 and %1.</source>
        <translation>充值金额应在 0.01 到 %1 之间。</translation>
    </message>
    <message>
        <source>Stored value cannot be topped up from itself.</source>
        <translation>不能用储值给储值充值。</translation>
    </message>
    <message>
        <source>This membership is frozen.</source>
        <translation>该会员已冻结。</translation>
    </message>
    <message>
        <source>Stored value is refunded in cash, by card, WeChat Pay or Alipay.</source>
        <translation>储值只能以现金、银行卡、微信支付或支付宝退还。</translation>
    </message>
    <message>
        <source>There is no stored value to refund.</source>
        <translation>没有可退的储值。</translation>
    </message>
    <message>
        <source>An adjustment is a whole number of points other than 0, from -%1 to %1.</source>
        <translation>积分调整是 -%1 到 %1 之间不为 0 的整数。</translation>
    </message>
    <message>
        <source>Say why the points change; the reason stays in the member&apos;s points history.</source>
        <translation>请写明积分调整的原因；原因会记入会员的积分明细。</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>原因最多 %1 个字。</translation>
    </message>
    <message>
        <source>An adjustment is an amount other than 0, from -%1 to %1.</source>
        <translation>调整金额须不为 0，范围为 -%1 到 %1。</translation>
    </message>
    <message>
        <source>Say why the stored value changes; the reason stays in the member&apos;s stored-value history.</source>
        <translation>请说明储值变动的原因；原因会记入会员的储值明细。</translation>
    </message>
    <message>
        <source>Only bonus money can be taken back by hand, and the member has %1 of it.</source>
        <translation>手动只能扣回赠送金额，该会员的赠送金额为 %1。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::MemberHousekeeping</name>
    <message>
        <source>Member number %1 was deleted already.</source>
        <translation>会员编号 %1 已被删除。</translation>
    </message>
    <message>
        <source>%1 still has %2 of stored value. Pay it back before deleting the member.</source>
        <translation>%1 还有 %2 的储值余额。请先退还，再删除会员。</translation>
    </message>
    <message>
        <source>Member deleted</source>
        <translation>会员已删除</translation>
    </message>
    <message>
        <source>A member cannot be merged into themselves.</source>
        <translation>会员不能与自己合并。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::MemberImport</name>
    <message>
        <source>The bonus part %1 is more than the whole stored value %2.</source>
        <translation>赠送部分 %1 大于储值余额总额 %2。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: a comma or tab inside a value that is not in quotes?</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 个：是否有未加引号的值中含有逗号或制表符？</translation>
    </message>
    <message>
        <source>%1 is on line %2 too.</source>
        <translation>%1 在第 %2 行也出现了。</translation>
    </message>
    <message>
        <source>%1 already belongs to a member of this store.</source>
        <translation>%1 已属于本店的一位会员。</translation>
    </message>
    <message>
        <source>“%1” is not one of this store&apos;s tiers (%2): rename it in the file, or add the tier to the loyalty rules first.</source>
        <translation>“%1”不是本店的会员等级（%2）：请在文件中改名，或先在会员规则中添加该等级。</translation>
    </message>
    <message>
        <source>Opening balance brought from another system</source>
        <translation>从其他系统转入的期初余额</translation>
    </message>
    <message>
        <source>Opening balance imported from %1</source>
        <translation>从 %1 导入的期初余额</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming its columns, then one row per member.</source>
        <translation>文件为空：需要一行列名表头，然后每位会员一行。</translation>
    </message>
    <message>
        <source>No column holds the members&apos; %1: choose the column that does (on the command line: --map %2=HEADER). The file&apos;s columns are %3.</source>
        <translation>没有哪一列包含会员的%1：请选择对应的列（命令行中：--map %2=列名）。文件的列为 %3。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::MemberRegistry</name>
    <message>
        <source>%1 already belongs to a member.</source>
        <translation>手机号 %1 已被其他会员使用。</translation>
    </message>
    <message>
        <source>Card %1 already belongs to another member.</source>
        <translation>卡号 %1 已属于其他会员。</translation>
    </message>
    <message>
        <source>There is no member number %1.</source>
        <translation>没有编号为 %1 的会员。</translation>
    </message>
    <message>
        <source>Enter a phone number, its last four digits, a card number or a name.</source>
        <translation>请输入手机号、手机尾号、卡号或姓名。</translation>
    </message>
    <message>
        <source>No member has the phone or card number “%1”.</source>
        <translation>没有手机号或卡号为“%1”的会员。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请输入会员姓名。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters and no control characters.</source>
        <translation>姓名最多 %1 个字，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>“%1” is not a gender StoreDesk records; use f (female), m (male) or leave it empty.</source>
        <translation>“%1”不是可记录的性别；请用 f（女）、m（男）或留空。</translation>
    </message>
    <message>
        <source>“%1” is not a birthday; write it as YYYY-MM-DD, like 1990-05-17.</source>
        <translation>“%1”不是有效的生日；请写成 YYYY-MM-DD，例如 1990-05-17。</translation>
    </message>
    <message>
        <source>“%1” is not a card number: use up to %2 letters, digits and dashes.</source>
        <translation>“%1”不是有效的卡号：最多 %2 位字母、数字和短横线。</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
    <message>
        <source>“%1” is not a tag: a tag has 1 to %2 characters.</source>
        <translation>“%1”不是有效的标签：标签为 1 到 %2 个字。</translation>
    </message>
    <message>
        <source>“%1” is not a member status; use active or frozen.</source>
        <translation>“%1”不是会员状态；请用 active 或 frozen。</translation>
    </message>
    <message>
        <source>A number of days is a whole number from 0 to %1.</source>
        <translation>天数是 0 到 %1 之间的整数。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Money</name>
    <message>
        <source>The amount is too large to be handled.</source>
        <translation>金额太大，无法处理。</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (example: 37.50).</source>
        <translation>“%1”不是有效金额（例如 37.50）。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Payment</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>A payment must be more than 0.00.</source>
        <translation>付款金额必须大于 0.00。</translation>
    </message>
    <message>
        <source>The cash handed over (%1) is less than the cash payment (%2).</source>
        <translation>实收现金（%1）少于现金应付（%2）。</translation>
    </message>
    <message>
        <source>Only cash can be handed over above the amount; %1 gives no change.</source>
        <translation>只有现金可以多收找零；%1 不找零。</translation>
    </message>
    <message>
        <source>The payments add up to %1 but %2 is due.</source>
        <translation>付款合计 %1，但应付 %2。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::PhoneNumber</name>
    <message>
        <source>“%1” is not a mobile phone number. Enter the 11 digits, like 138 0013 8000.</source>
        <translation>“%1”不是有效的手机号。请输入 11 位数字，例如 138 0013 8000。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::PointsLedger</name>
    <message>
        <source>The member has %1 points, fewer than %2.</source>
        <translation>会员只有 %1 积分，少于 %2。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Pricing</name>
    <message>
        <source>Points are redeemed in blocks of %1; %2 is not a whole number of blocks.</source>
        <translation>积分按每 %1 分为单位抵扣；%2 不是整数倍。</translation>
    </message>
    <message>
        <source>Redeeming points needs a member.</source>
        <translation>使用积分抵扣需要先选择会员。</translation>
    </message>
    <message>
        <source>At least %1 points must be redeemed at a time.</source>
        <translation>每次至少抵扣 %1 积分。</translation>
    </message>
    <message>
        <source>The member has %1 points, fewer than the %2 to redeem.</source>
        <translation>会员只有 %1 积分，不够抵扣 %2 积分。</translation>
    </message>
    <message>
        <source>Points may pay at most %1% of this sale: %2 points here.</source>
        <translation>积分最多抵扣本单的 %1%：本单最多 %2 积分。</translation>
    </message>
    <message>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>数量必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>%1 discount (%2%)</source>
        <translation>%1折扣（%2%）</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>There is no tier %1; the tiers are 0 to %2.</source>
        <translation>没有等级 %1；等级为 0 到 %2。</translation>
    </message>
    <message>
        <source>Coupon %1 (%2) cannot be used with another coupon on the same sale.</source>
        <translation>券 %1（%2）不能与其他券在同一单中使用。</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2) applies to none of these products.</source>
        <translation>券 %1（%2）不适用于本单的任何商品。</translation>
    </message>
    <message>
        <source>Coupon %1 (%2) needs a spend of %3 on what it applies to; this sale has %4.</source>
        <translation>券 %1（%2）需在适用商品上消费满 %3；本单只有 %4。</translation>
    </message>
    <message>
        <source>A changed price is from 0.00 to %1.</source>
        <translation>改后的价格须在 0.00 到 %1 之间。</translation>
    </message>
    <message>
        <source>A discount by hand is an amount or a percent from 0 to 100, not both.</source>
        <translation>手动折扣为一个金额或 0 到 100 的百分比，二者只能选一。</translation>
    </message>
    <message>
        <source>Say why the sale is discounted by hand; the reason is kept with the sale.</source>
        <translation>请说明手动折扣的原因；原因会随销售单保存。</translation>
    </message>
    <message>
        <source>A discount of %1 by hand is more than the %2 it would come off.</source>
        <translation>手动折扣 %1 超过了可折扣的 %2。</translation>
    </message>
    <message>
        <source>Discount by hand (%1)</source>
        <translation>手动折扣（%1）</translation>
    </message>
</context>
<context>
    <name>storedesk::core::ReportPeriod</name>
    <message>
        <source>A report&apos;s period starts on or before its last day (%1 is after %2).</source>
        <translation>报表的起始日不能晚于截止日（%1 晚于 %2）。</translation>
    </message>
    <message>
        <source>A report covers at most %1 days.</source>
        <translation>一份报表最多涵盖 %1 天。</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>A report is grouped by %1, not by “%2”.</source>
        <translation>报表只能按 %1 分组，不能按“%2”。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Roles</name>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>take returns</source>
        <translation>办理退货</translation>
    </message>
    <message>
        <source>change prices at the till</source>
        <translation>收银改价</translation>
    </message>
    <message>
        <source>give discounts by hand</source>
        <translation>手动打折</translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>adjust or pay back stored value</source>
        <translation>调整或退还储值</translation>
    </message>
    <message>
        <source>delete or merge members</source>
        <translation>删除或合并会员</translation>
    </message>
    <message>
        <source>edit products and stock</source>
        <translation>编辑商品和库存</translation>
    </message>
    <message>
        <source>run coupons</source>
        <translation>管理优惠券</translation>
    </message>
    <message>
        <source>change the loyalty rules</source>
        <translation>修改会员规则</translation>
    </message>
    <message>
        <source>change the store&apos;s settings</source>
        <translation>修改门店设置</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>see whole phone numbers</source>
        <translation>查看完整手机号</translation>
    </message>
    <message>
        <source>read reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>storedesk::core::RuleBook</name>
    <message>
        <source>There is no rules version %1.</source>
        <translation>没有第 %1 版规则。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Rules</name>
    <message>
        <source>The rules are not valid: %1 %2</source>
        <translation>规则无效：%1 %2</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是一个对象。</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>必须是一个列表。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须是 true 或 false。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>must be an amount as text of at least %1, like &quot;5.00&quot;.</source>
        <translation>必须是不小于 %1 的金额文本，例如 &quot;5.00&quot;。</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 (at most four decimals).</source>
        <translation>必须是 %1 到 %2 之间的数（最多四位小数）。</translation>
    </message>
    <message>
        <source>is not a known setting.</source>
        <translation>不是可识别的设置项。</translation>
    </message>
    <message>
        <source>must be &quot;day&quot; or &quot;month&quot;.</source>
        <translation>必须是 &quot;day&quot; 或 &quot;month&quot;。</translation>
    </message>
    <message>
        <source>must be a whole number of redeem blocks (points).</source>
        <translation>必须是抵扣单位（points）的整数倍。</translation>
    </message>
    <message>
        <source>must be &quot;rolling&quot;, &quot;year_end&quot; or &quot;never&quot;.</source>
        <translation>必须是 &quot;rolling&quot;、&quot;year_end&quot; 或 &quot;never&quot;。</translation>
    </message>
    <message>
        <source>must hold 1 to 20 levels.</source>
        <translation>必须包含 1 到 20 个等级。</translation>
    </message>
    <message>
        <source>must have 1 to 20 characters.</source>
        <translation>必须为 1 到 20 个字。</translation>
    </message>
    <message>
        <source>is used by another level.</source>
        <translation>已被另一个等级使用。</translation>
    </message>
    <message>
        <source>must be 0.00 for the first level.</source>
        <translation>第一个等级必须是 0.00。</translation>
    </message>
    <message>
        <source>must be above the level before.</source>
        <translation>必须高于上一个等级。</translation>
    </message>
    <message>
        <source>must be above the rule before.</source>
        <translation>必须高于上一条规则。</translation>
    </message>
    <message>
        <source>must have 1 to %1 characters.</source>
        <translation>应为 1 到 %1 个字。</translation>
    </message>
    <message>
        <source>must be a date like &quot;2026-11-22&quot;.</source>
        <translation>应为日期，如 &quot;2026-11-22&quot;。</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters.</source>
        <translation>应为 1 到 %1 个字的文字。</translation>
    </message>
    <message>
        <source>must hold at most 100 promotions.</source>
        <translation>最多只能有 100 个促销。</translation>
    </message>
    <message>
        <source>is used by another promotion.</source>
        <translation>已被另一个促销使用。</translation>
    </message>
    <message>
        <source>must be &quot;threshold&quot;, &quot;percent_off&quot;, &quot;member_day&quot; or &quot;buy_n_get_one&quot;.</source>
        <translation>应为 &quot;threshold&quot;、&quot;percent_off&quot;、&quot;member_day&quot; 或 &quot;buy_n_get_one&quot;。</translation>
    </message>
    <message>
        <source>must not be before &quot;from&quot;.</source>
        <translation>不能早于 &quot;from&quot;。</translation>
    </message>
    <message>
        <source>must not be more than min_spend.</source>
        <translation>不能大于 min_spend。</translation>
    </message>
    <message>
        <source>needs &quot;repeat&quot;: true.</source>
        <translation>需要 &quot;repeat&quot;: true。</translation>
    </message>
    <message>
        <source>is not a barcode.</source>
        <translation>不是有效条码。</translation>
    </message>
    <message>
        <source>or &quot;barcodes&quot; must name what the percent comes off.</source>
        <translation>或 &quot;barcodes&quot; 须指明打折的商品。</translation>
    </message>
    <message>
        <source>or &quot;points_multiplier&quot; must give members something.</source>
        <translation>或 &quot;points_multiplier&quot; 须给会员一些优惠。</translation>
    </message>
    <message>
        <source>The promotion is not valid: %1 %2</source>
        <translation>促销设置无效：%1 %2</translation>
    </message>
</context>
<context>
    <name>storedesk::core::SaleRequest</name>
    <message>
        <source>The sale request&apos;s %1 is wrong: %2</source>
        <translation>销售请求的 %1 有误：%2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected an amount as text, like &quot;37.50&quot;</source>
        <translation>应为金额文本，例如 &quot;37.50&quot;</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是有效金额</translation>
    </message>
    <message>
        <source>at most 64 characters</source>
        <translation>最多 64 个字符</translation>
    </message>
    <message>
        <source>expected a list of lines</source>
        <translation>应为商品行列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a list of payments</source>
        <translation>应为付款列表</translation>
    </message>
    <message>
        <source>“%1” is not one of cash, card, wechat, alipay, stored_value</source>
        <translation>“%1”不是 cash、card、wechat、alipay、stored_value 之一</translation>
    </message>
    <message>
        <source>expected a list of codes</source>
        <translation>应为券码列表</translation>
    </message>
    <message>
        <source>the same coupon twice</source>
        <translation>同一张券出现了两次</translation>
    </message>
    <message>
        <source>“%1” is not a percent</source>
        <translation>“%1”不是百分比</translation>
    </message>
</context>
<context>
    <name>storedesk::core::SalesExport</name>
    <message>
        <source>Give the first and the last day, the first not after the last.</source>
        <translation>请给出第一天和最后一天，第一天不能晚于最后一天。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::SalesReports</name>
    <message>
        <source>(no cashier)</source>
        <translation>（未登记收银员）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Secrets</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>A password is at most 128 characters.</source>
        <translation>密码最多 128 个字符。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 为 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is too easy to guess.</source>
        <translation>同一个数字重复的 PIN 太容易被猜到。</translation>
    </message>
    <message>
        <source>A PIN like 1234 or 9876 is too easy to guess.</source>
        <translation>1234、9876 这样的 PIN 太容易被猜到。</translation>
    </message>
    <message>
        <source>Use a PIN of 4 to 12 digits, or a password of at least 8 characters.</source>
        <translation>请使用 4 到 12 位数字的 PIN，或至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the PIN. Close other programs and try again.</source>
        <translation>内存不足，无法加密保存 PIN。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Security</name>
    <message>
        <source>There is no user called “%1”.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>There is no user number %1.</source>
        <translation>没有编号为 %1 的用户。</translation>
    </message>
    <message>
        <source>A user&apos;s name has 1 to %1 characters.</source>
        <translation>用户姓名为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>已有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>The first user is the store&apos;s owner: add the owner before anyone else.</source>
        <translation>第一位用户是店主：请先添加店主。</translation>
    </message>
    <message>
        <source>%1 is the store&apos;s only owner. Make someone else an owner first.</source>
        <translation>%1 是店里唯一的店主。请先让另一位成为店主。</translation>
    </message>
    <message>
        <source>Sign in first to change your PIN.</source>
        <translation>请先登录，再修改自己的 PIN。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong tries, until %3. A manager can unlock it.</source>
        <translation>%1 输错 %2 次已被锁定，到 %3 解锁。店长可以提前解锁。</translation>
    </message>
    <message>
        <source>Wrong PIN again: after %1 wrong tries %2 is locked for %3 minutes.</source>
        <translation>PIN 又错了：输错 %1 次后，%2 被锁定 %3 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1. %n more tries before it locks.</source>
        <translation>
            <numerusform>%1 的 PIN 错误。再错 %n 次将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: only a user allowed to %1 may do this.</source>
        <translation>请先登录：只有有权%1的用户才能这样做。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in. Sign in as someone else.</source>
        <translation>%1 已不能登录。请换一位登录。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. A manager can approve it.</source>
        <translation>%1（%2）无权%3。可由店长批准。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3 either, so cannot approve it.</source>
        <translation>%1（%2）也无权%3，不能批准。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::Shifts</name>
    <message>
        <source>Enter the cashier&apos;s name.</source>
        <translation>请输入收银员姓名。</translation>
    </message>
    <message>
        <source>A cashier&apos;s name has at most %1 characters.</source>
        <translation>收银员姓名最多 %1 个字。</translation>
    </message>
    <message>
        <source>Cash in the drawer is an amount from 0.00 to %1.</source>
        <translation>钱箱现金须在 0.00 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 already has shift %2 open since %3; close it first.</source>
        <translation>%1 的第 %2 班自 %3 起尚未交班，请先交班。</translation>
    </message>
    <message>
        <source>Shift %1 of %2 was already closed at %3.</source>
        <translation>%2 的第 %1 班已于 %3 交班。</translation>
    </message>
    <message>
        <source>There is no shift number %1.</source>
        <translation>没有编号为 %1 的班次。</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>%1 当前没有未交班的班次。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::StoreCheck</name>
    <message>
        <source>SQLite finds the file whole (PRAGMA integrity_check).</source>
        <translation>SQLite 认为文件完整（PRAGMA integrity_check）。</translation>
    </message>
    <message>
        <source>Every row points at rows that exist (PRAGMA foreign_key_check).</source>
        <translation>每一行引用的行都存在（PRAGMA foreign_key_check）。</translation>
    </message>
    <message>
        <source>%1 row %2 points at a missing %3 row</source>
        <translation>%1 第 %2 行引用了不存在的 %3 行</translation>
    </message>
    <message>
        <source>Each member&apos;s points balance equals the sum of their points ledger.</source>
        <translation>每位会员的积分余额等于其积分流水合计。</translation>
    </message>
    <message>
        <source>member %1: balance %2, ledger %3</source>
        <translation>会员 %1：余额 %2，流水 %3</translation>
    </message>
    <message>
        <source>Each member&apos;s stored value (paid-in and bonus) equals the sum of their stored-value ledger.</source>
        <translation>每位会员的储值（实充与赠送）等于其储值流水合计。</translation>
    </message>
    <message>
        <source>member %1: paid-in %2 fen (ledger %3), bonus %4 fen (ledger %5)</source>
        <translation>会员 %1：实充 %2 分（流水 %3），赠送 %4 分（流水 %5）</translation>
    </message>
    <message>
        <source>No member&apos;s stored value (paid-in or bonus) was ever below zero.</source>
        <translation>任何会员的储值（实充或赠送）从未低于零。</translation>
    </message>
    <message>
        <source>member %1: after entry %2 paid-in %3 fen, bonus %4 fen</source>
        <translation>会员 %1：第 %2 条流水后实充 %3 分，赠送 %4 分</translation>
    </message>
    <message>
        <source>Each sale&apos;s subtotal less its discounts and redeemed points is what was due.</source>
        <translation>每笔销售的小计减去折扣和积分抵扣等于应付金额。</translation>
    </message>
    <message>
        <source>receipt %1: %2 − %3 − %4 ≠ %5 fen</source>
        <translation>小票 %1：%2 − %3 − %4 ≠ %5 分</translation>
    </message>
    <message>
        <source>Each sale&apos;s payments add up to what was due.</source>
        <translation>每笔销售的付款合计等于应付金额。</translation>
    </message>
    <message>
        <source>receipt %1: due %2 fen, paid %3 fen</source>
        <translation>小票 %1：应付 %2 分，已付 %3 分</translation>
    </message>
    <message>
        <source>Each sale has its lines, and their stock moves match them.</source>
        <translation>每笔销售都有明细行，且库存变动与之相符。</translation>
    </message>
    <message>
        <source>receipt %1: %2 lines of %3 items, stock moved by %4</source>
        <translation>小票 %1：%2 行共 %3 件，库存变动 %4</translation>
    </message>
    <message>
        <source>Each sale&apos;s points ledger entries match the points it earned and redeemed.</source>
        <translation>每笔销售的积分流水与其获得和抵扣的积分相符。</translation>
    </message>
    <message>
        <source>receipt %1: earned %2 (ledger %3), redeemed %4 (ledger %5)</source>
        <translation>小票 %1：获得 %2（流水 %3），抵扣 %4（流水 %5）</translation>
    </message>
    <message>
        <source>Each sale&apos;s stored-value payments match its stored-value ledger entries.</source>
        <translation>每笔销售的储值付款与其储值流水相符。</translation>
    </message>
    <message>
        <source>receipt %1: paid %2 fen by stored value, ledger %3 fen</source>
        <translation>小票 %1：储值支付 %2 分，流水 %3 分</translation>
    </message>
    <message>
        <source>Each sale has its receipt print job.</source>
        <translation>每笔销售都有小票打印任务。</translation>
    </message>
    <message>
        <source>receipt %1 has no print job</source>
        <translation>小票 %1 没有打印任务</translation>
    </message>
    <message>
        <source>Points earned, redeemed, clawed back or restored name their sale, and no allocation takes more from an entry than it holds.</source>
        <translation>获得、抵扣、扣回或退还的积分都注明所属销售，且任何分配都不超过该条流水的积分。</translation>
    </message>
    <message>
        <source>points entry %1 (%2, %3 points)</source>
        <translation>积分流水 %1（%2，%3 分）</translation>
    </message>
    <message>
        <source>Each product&apos;s stock equals the sum of its stock moves (for products older than the stock history: since their opening stock was kept).</source>
        <translation>每个商品的库存等于其出入库合计（早于库存记录的商品：自记录期初库存起）。</translation>
    </message>
    <message>
        <source>product %1: stock %2, moves %3</source>
        <translation>商品 %1：库存 %2，出入库 %3</translation>
    </message>
</context>
<context>
    <name>storedesk::core::StoreSettings</name>
    <message>
        <source>“%1” is not a time zone this computer knows; use a name like Asia/Shanghai.</source>
        <translation>本机不认识时区“%1”；请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>A reorder level is a whole number from 0 to 1,000,000.</source>
        <translation>补货线是 0 到 1,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>A store name has 1 to 60 characters.</source>
        <translation>门店名称为 1 到 60 个字。</translation>
    </message>
    <message>
        <source>An address has at most %1 characters on one line.</source>
        <translation>地址只能写一行，最多 %1 个字。</translation>
    </message>
    <message>
        <source>The receipt header has at most %1 lines of %2 characters.</source>
        <translation>小票抬头最多 %1 行，每行最多 %2 个字。</translation>
    </message>
    <message>
        <source>The receipt footer has at most %1 lines of %2 characters.</source>
        <translation>小票结尾最多 %1 行，每行最多 %2 个字。</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number: use digits, spaces, dashes, + and brackets, at most 30.</source>
        <translation>“%1”不是电话号码：只能使用数字、空格、短横线、+ 和括号，最多 30 个字符。</translation>
    </message>
    <message>
        <source>The till locks after 0 (never) to 240 minutes without use, not %1.</source>
        <translation>收银台无操作自动锁定的时间为 0（从不）到 240 分钟，不能是 %1。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::StoredValueLedger</name>
    <message>
        <source>The stored value balance is %1, less than %2.</source>
        <translation>储值余额为 %1，少于 %2。</translation>
    </message>
</context>
<context>
    <name>storedesk::core::WinBack</name>
    <message>
        <source>{name}, we have missed you at {store}! Come by this week: your {points} points are waiting.</source>
        <translation>{name}您好，{store}想您了！本周欢迎回来，您的{points}积分还在等您。</translation>
    </message>
    <message>
        <source>{name}, {expiring_points} of your points expire on {expiry_date}. Spend them at {store} before then.</source>
        <translation>{name}您好，您有{expiring_points}积分将于{expiry_date}到期，请在此之前到{store}使用。</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! {store} has a birthday treat for you this month.</source>
        <translation>{name}生日快乐！{store}本月为您准备了生日礼遇。</translation>
    </message>
    <message>
        <source>{name}, spend {to_next_tier} more at {store} to become a {next_tier}.</source>
        <translation>{name}您好，在{store}再消费{to_next_tier}即可升级为{next_tier}。</translation>
    </message>
    <message>
        <source>{name}, {store} looks forward to seeing you again.</source>
        <translation>{name}您好，{store}期待您再次光临。</translation>
    </message>
    <message>
        <source>A message has at most %1 characters.</source>
        <translation>消息最多 %1 个字。</translation>
    </message>
    <message>
        <source>%1 is not something a message can fill in; use %2.</source>
        <translation>%1 不是可填写的占位符；可用：%2。</translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %n day(s)</source>
        <translation>
            <numerusform>%n 天未消费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined %n day(s) ago, no purchase yet</source>
        <translation>
            <numerusform>入会 %n 天，尚未消费</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points expire on %2</source>
        <translation>%1 积分将于 %2 到期</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <source>%1 more to %2</source>
        <translation>再消费 %1 升级为%2</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::CloseReportLayout</name>
    <message>
        <source>Cashier</source>
        <translation>收银员签字</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长签字</translation>
    </message>
    <message>
        <source>Shift close</source>
        <translation>交班报表</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未交班</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣合计</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>销售净额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>实收合计</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>of which refunded</source>
        <translation>其中退款</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱现金</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash sales (net)</source>
        <translation>现金销售（净）</translation>
    </message>
    <message>
        <source>Cash top-ups</source>
        <translation>现金充值</translation>
    </message>
    <message>
        <source>Stored value paid out</source>
        <translation>退储值付现</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应收现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Topped up</source>
        <translation>充值实收</translation>
    </message>
    <message>
        <source>Bonus given</source>
        <translation>充值赠送</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <source>Given back by refunds</source>
        <translation>退货退回</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>抵现使用</translation>
    </message>
    <message>
        <source>Taken back by refunds</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <source>Member sales</source>
        <translation>会员消费笔数</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Member net sales</source>
        <translation>会员消费金额</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::DeviceUri</name>
    <message>
        <source>“%1” gives %2 twice.</source>
        <translation>“%1”把 %2 写了两次。</translation>
    </message>
    <message>
        <source>%1 is not a baud rate a serial port runs at; use one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400 or 460800.</source>
        <translation>%1 不是串口可用的波特率，请使用 1200、2400、4800、9600、19200、38400、57600、115200、230400 或 460800。</translation>
    </message>
    <message>
        <source>An empty value</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>Data bits are 5, 6, 7 or 8, not “%1”.</source>
        <translation>数据位应为 5、6、7 或 8，不能是“%1”。</translation>
    </message>
    <message>
        <source>Parity is none, even or odd, not “%1”.</source>
        <translation>校验位应为 none（无）、even（偶）或 odd（奇），不能是“%1”。</translation>
    </message>
    <message>
        <source>Stop bits are 1 or 2, not “%1”.</source>
        <translation>停止位应为 1 或 2，不能是“%1”。</translation>
    </message>
    <message>
        <source>Flow control is none, rtscts or xonxoff, not “%1”.</source>
        <translation>流控应为 none、rtscts 或 xonxoff，不能是“%1”。</translation>
    </message>
    <message>
        <source>A serial port takes baud, data, parity, stop and flow, not “%1”.</source>
        <translation>串口参数只有 baud、data、parity、stop 和 flow，没有“%1”。</translation>
    </message>
    <message>
        <source>No device was given.</source>
        <translation>没有填写设备地址。</translation>
    </message>
    <message>
        <source>“%1” is not a device: write serial:/dev/ttyUSB0?baud=9600, usb:/dev/usb/lp0, tcp:HOST:9100, file:PATH or qprinter:NAME.</source>
        <translation>“%1”不是设备地址，请写成 serial:/dev/ttyUSB0?baud=9600、usb:/dev/usb/lp0、tcp:主机:9100、file:路径 或 qprinter:打印机名。</translation>
    </message>
    <message>
        <source>“%1” names no serial port (serial:/dev/ttyUSB0).</source>
        <translation>“%1”没有写串口（如 serial:/dev/ttyUSB0）。</translation>
    </message>
    <message>
        <source>“%1” names no printer device (usb:/dev/usb/lp0).</source>
        <translation>“%1”没有写打印机设备（如 usb:/dev/usb/lp0）。</translation>
    </message>
    <message>
        <source>“%1” names no file.</source>
        <translation>“%1”没有写文件路径。</translation>
    </message>
    <message>
        <source>“%1” opens an IPv6 address with [ but never closes it.</source>
        <translation>“%1”中的 IPv6 地址以 [ 开头，却缺少 ]。</translation>
    </message>
    <message>
        <source>“%1”: write the port after the address as :9100.</source>
        <translation>“%1”：端口请写在地址后面，如 :9100。</translation>
    </message>
    <message>
        <source>“%1” names no printer host (tcp:192.168.1.50:9100).</source>
        <translation>“%1”没有写打印机的地址（如 tcp:192.168.1.50:9100）。</translation>
    </message>
    <message>
        <source>%1 is not a TCP port: use 1 to 65535 (printers listen on 9100).</source>
        <translation>%1 不是有效的 TCP 端口，请使用 1 到 65535（打印机一般为 9100）。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of device StoreDesk drives: use serial, usb, tcp, file or qprinter.</source>
        <translation>StoreDesk 不支持“%1”类设备，请使用 serial、usb、tcp、file 或 qprinter。</translation>
    </message>
    <message>
        <source>hid is a scanner, not a printer.</source>
        <translation>hid 是扫码枪，不是打印机。</translation>
    </message>
    <message>
        <source>A scanner is hid (it types like a keyboard) or serial:/dev/ttyACM0?baud=9600, not “%1”.</source>
        <translation>扫码枪应为 hid（像键盘一样输入）或 serial:/dev/ttyACM0?baud=9600，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::EscPosEncoder</name>
    <message>
        <source>StoreDesk has no table for code page %1; use 0 (PC437), 16 (WPC1252) or 19 (PC858).</source>
        <translation>StoreDesk 不支持代码页 %1，请使用 0（PC437）、16（WPC1252）或 19（PC858）。</translation>
    </message>
    <message>
        <source>This computer&apos;s Qt cannot write GB18030 text; choose the code-page mode for this printer.</source>
        <translation>本机的 Qt 无法输出 GB18030 文字，请为这台打印机选择代码页模式。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::EscPosPrinter</name>
    <message>
        <source>The printer stopped answering in the middle of a job.</source>
        <translation>打印机在打印过程中停止响应。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::EscPosPrinterFactory</name>
    <message>
        <source>%1 is printed through the operating system&apos;s driver, which only the StoreDesk window can use.</source>
        <translation>%1 需要通过操作系统的打印驱动打印，只有 StoreDesk 主程序可以使用。</translation>
    </message>
    <message>
        <source>hid is a scanner, not a printer.</source>
        <translation>hid 是扫码枪，不是打印机。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::FileTransport</name>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>无法写入文件</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::PrintJobs</name>
    <message numerus="yes">
        <source>Not printed within %n hour(s); reprint it if it is still wanted.</source>
        <translation>
            <numerusform>%n 小时内未能打印；如仍需要，请重印。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no print job %1.</source>
        <translation>没有打印任务 %1。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::PrintQueue</name>
    <message>
        <source>No printer is set up, and the drawer opens through the printer.</source>
        <translation>尚未设置打印机，钱箱需要通过打印机打开。</translation>
    </message>
    <message>
        <source>no printer is set up</source>
        <translation>尚未设置打印机</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::PrinterSettings</name>
    <message>
        <source>Paper is 58 or 80 (mm wide), not “%1”.</source>
        <translation>纸宽应为 58 或 80（毫米），不能是“%1”。</translation>
    </message>
    <message>
        <source>StoreDesk prints in code page 0 (PC437), 16 (WPC1252) or 19 (PC858), not %1.</source>
        <translation>StoreDesk 支持代码页 0（PC437）、16（WPC1252）或 19（PC858），不支持 %1。</translation>
    </message>
    <message>
        <source>A cash drawer is on pin 2 or pin 5.</source>
        <translation>钱箱接在 2 号针或 5 号针上。</translation>
    </message>
    <message>
        <source>A drawer pulse lasts 2 to 510 milliseconds.</source>
        <translation>钱箱脉冲时长为 2 到 510 毫秒。</translation>
    </message>
    <message>
        <source>Waiting for the printer&apos;s status takes 50 to 10,000 milliseconds.</source>
        <translation>等待打印机状态的时间为 50 到 10000 毫秒。</translation>
    </message>
    <message>
        <source>A logo is at most %1 dots wide and %2 dots tall.</source>
        <translation>标志图片最宽 %1 点、最高 %2 点。</translation>
    </message>
    <message>
        <source>The QR code text has at most 300 characters.</source>
        <translation>二维码内容最多 300 个字符。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::PrinterStatus</name>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Paper is running low: have a new roll at hand.</source>
        <translation>纸快用完了，请准备好新纸卷。</translation>
    </message>
    <message>
        <source>Out of paper: put in a new roll.</source>
        <translation>缺纸：请装入新纸卷。</translation>
    </message>
    <message>
        <source>The cover is open: close it.</source>
        <translation>纸仓盖打开：请合上。</translation>
    </message>
    <message>
        <source>The printer is offline: check that it is switched on and not feeding paper.</source>
        <translation>打印机脱机：请检查是否已开机、是否正在走纸。</translation>
    </message>
    <message>
        <source>The printer reports a fault (cutter jam or overheating): switch it off and on again.</source>
        <translation>打印机报告故障（切刀卡纸或过热）：请关机后重新开机。</translation>
    </message>
    <message>
        <source>The printer does not report its status; receipts are still sent to it.</source>
        <translation>打印机不报告状态；小票仍会照常发送。</translation>
    </message>
    <message>
        <source>The printer cannot be reached: check its cable, power and address.</source>
        <translation>连接不上打印机：请检查连线、电源和地址。</translation>
    </message>
    <message>
        <source>The printer cannot be reached (%1): check its cable, power and address.</source>
        <translation>连接不上打印机（%1）：请检查连线、电源和地址。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::ReceiptLayout</name>
    <message>
        <source>Tel. %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>*** REPRINT ***</source>
        <translation>*** 重印 ***</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Refund of</source>
        <translation>原小票</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Member price, was %1</source>
        <translation>会员价，原价 %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>商品合计</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>优惠</translation>
    </message>
    <message numerus="yes">
        <source>Points redeemed (%n)</source>
        <translation>
            <numerusform>积分抵扣（%n 分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points given back (%n)</source>
        <translation>
            <numerusform>退回积分（%n 分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>本次积分</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>扣回积分</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Stored value balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>打印机测试</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <source>%1 mm, %2 columns</source>
        <translation>%1 毫米，%2 列</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>倍高</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>倍宽倍高</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>减 %1%</translation>
    </message>
    <message>
        <source>%1% off, at most %2</source>
        <translation>减 %1%，最多减 %2</translation>
    </message>
    <message>
        <source>A free %1</source>
        <translation>赠送 %1</translation>
    </message>
    <message>
        <source>On a spend of %1 or more</source>
        <translation>消费满 %1 可用</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>适用：%1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>For member</source>
        <translation>限会员</translation>
    </message>
    <message>
        <source>Scan it at the till.</source>
        <translation>结账时请出示扫码。</translation>
    </message>
    <message>
        <source>Scan it at the till. One coupon per sale.</source>
        <translation>结账时请出示扫码。每单限用一张。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::ScanFrames</name>
    <message>
        <source>The scanner sent more than %1 characters without an end; check that it ends scans with Enter (CR or LF).</source>
        <translation>扫码枪发送了超过 %1 个字符仍未结束；请检查扫码枪是否以回车（CR 或 LF）结尾。</translation>
    </message>
    <message>
        <source>The scanner sent unreadable data (%1 bytes); check its baud rate and that it sends plain text.</source>
        <translation>扫码枪发来了无法识别的数据（%1 字节）；请检查波特率，并确认它发送的是纯文本。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::SerialScanner</name>
    <message>
        <source>Scanner ready on %1.</source>
        <translation>扫码枪已就绪（%1）。</translation>
    </message>
    <message>
        <source>The scanner on %1 cannot be opened (%2); trying again.</source>
        <translation>无法打开 %1 上的扫码枪（%2），正在重试。</translation>
    </message>
    <message>
        <source>The scanner on %1 went away (%2); waiting for it to come back.</source>
        <translation>%1 上的扫码枪已断开（%2），等待重新连接。</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::SerialTransport</name>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>The serial port cannot be opened</source>
        <translation>无法打开串口</translation>
    </message>
    <message>
        <source>The printer stopped taking data</source>
        <translation>打印机不再接收数据</translation>
    </message>
    <message>
        <source>The serial port went away in the middle of a job</source>
        <translation>打印过程中串口断开</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::TcpTransport</name>
    <message>
        <source>%1 (%2:%3: %4)</source>
        <translation>%1（%2:%3：%4）</translation>
    </message>
    <message>
        <source>The printer did not accept a connection</source>
        <translation>打印机拒绝连接</translation>
    </message>
    <message>
        <source>The printer stopped taking data</source>
        <translation>打印机不再接收数据</translation>
    </message>
    <message>
        <source>The printer closed the connection in the middle of a job</source>
        <translation>打印过程中打印机断开了连接</translation>
    </message>
</context>
<context>
    <name>storedesk::devices::UsbTransport</name>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>The printer device cannot be opened</source>
        <translation>无法打开打印机设备</translation>
    </message>
    <message>
        <source>The printer stopped taking data</source>
        <translation>打印机不再接收数据</translation>
    </message>
    <message>
        <source>The printer has not taken data for %1 seconds</source>
        <translation>打印机已有 %1 秒没有接收数据</translation>
    </message>
    <message>
        <source>The printer device went away in the middle of a job</source>
        <translation>打印过程中打印机设备断开</translation>
    </message>
    <message>
        <source>The printer device did not take the last data</source>
        <translation>打印机设备没有接收最后的数据</translation>
    </message>
</context>
<context>
    <name>storedesk::keystore::BackupKeyStore</name>
    <message>
        <source>The keychain of this computer cannot be reached (%1). Log in to the desktop so the keychain is unlocked, or back up without sealing.</source>
        <translation>无法访问本机的钥匙串（%1）。请登录桌面以解锁钥匙串，或不加密备份。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>消费积分</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>手工调整</translation>
    </message>
    <message>
        <source>Taken back (return)</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <source>Given back (return)</source>
        <translation>退货返还</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Refunded (return)</source>
        <translation>退货退回</translation>
    </message>
    <message>
        <source>Balance refunded</source>
        <translation>退储值</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>需要批准</translation>
    </message>
    <message>
        <source>%1 may not %2 alone. Someone who may, approves it with their PIN; both names go on the audit trail.</source>
        <translation>%1 无权独自%2。请有权限的人输入 PIN 批准；两人的姓名都会记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::AutoBackup</name>
    <message>
        <source>Today&apos;s backup was not taken: %1</source>
        <translation>今天的备份未完成：%1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Seal backups with this computer&apos;s backup key</source>
        <translation>用本机的备份密钥加密备份</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>保存备份设置</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Show the recovery phrase…</source>
        <translation>显示恢复短语…</translation>
    </message>
    <message>
        <source>Enter a recovery phrase…</source>
        <translation>输入恢复短语…</translation>
    </message>
    <message>
        <source>Daily backups go to</source>
        <translation>每日备份存放到</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>每日备份保留份数</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Back up the store to</source>
        <translation>将门店数据备份到</translation>
    </message>
    <message>
        <source>Restore the store from</source>
        <translation>从以下备份恢复门店数据</translation>
    </message>
    <message>
        <source>StoreDesk backups (*.sqlite *.sdbackup);;All files (*)</source>
        <translation>StoreDesk 备份 (*.sqlite *.sdbackup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The store&apos;s books will be replaced by the backup %1. Sales made since that backup are then gone from the books (the store as it is now is kept beside it). StoreDesk restarts afterwards. Restore?</source>
        <translation>门店账目将被备份 %1 替换。该备份之后的销售将从账目中消失（当前的门店数据会保存在旁边）。之后 StoreDesk 会重新启动。确定恢复吗？</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restored from %1; the store as it was is kept as %2.</source>
        <translation>已从 %1 恢复；原来的门店数据保存为 %2。</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>恢复短语</translation>
    </message>
    <message>
        <source>Write this down and keep it away from this computer. With it, sealed backups can be restored on a new computer.

%1</source>
        <translation>请抄写下来，并与这台电脑分开保管。有了它，就能在新电脑上恢复加密的备份。

%1</translation>
    </message>
    <message>
        <source>Enter a recovery phrase</source>
        <translation>输入恢复短语</translation>
    </message>
    <message>
        <source>The recovery phrase of the computer whose sealed backups should open here:</source>
        <translation>要在这里打开其加密备份的那台电脑的恢复短语：</translation>
    </message>
    <message>
        <source>Backup key %1 is kept on this computer now.</source>
        <translation>备份密钥 %1 现已保存在本机。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CampaignView</name>
    <message>
        <source>Campaigns and coupons</source>
        <translation>营销活动与优惠券</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Coupons issued</source>
        <translation>发券数</translation>
    </message>
    <message>
        <source>Coupons used</source>
        <translation>用券数</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>单数</translation>
    </message>
    <message>
        <source>Their net sales</source>
        <translation>涉及单据金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Members whose first purchase rewarded a referrer</source>
        <translation>首单消费已奖励推荐人的会员</translation>
    </message>
    <message>
        <source>Points given to referrers</source>
        <translation>奖励给推荐人的积分</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>优惠金额</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CartModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Scan the products first, then the coupon.</source>
        <translation>请先扫商品，再扫优惠券。</translation>
    </message>
    <message>
        <source>%1 (gift)</source>
        <translation>%1（赠品）</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1（送 %2 件）</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CashierPage</name>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation>扫描或输入条码，按回车</translation>
    </message>
    <message>
        <source>Member: phone, last 4 or card</source>
        <translation>会员：手机号、尾号后四位或卡号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Hold / recall</source>
        <translation>挂单 / 取单</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>取消交易</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>没有与“%1”匹配的会员。</translation>
    </message>
    <message>
        <source>Several members match</source>
        <translation>找到多位会员</translation>
    </message>
    <message>
        <source>Which member?</source>
        <translation>选择哪位会员？</translation>
    </message>
    <message>
        <source>Held as order %1. F5 on an empty cart recalls it.</source>
        <translation>已挂单，单号 %1。购物车为空时按 F5 取单。</translation>
    </message>
    <message>
        <source>There are no held orders.</source>
        <translation>没有挂单。</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>挂单 %1 · %2 · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall a held order</source>
        <translation>取回挂单</translation>
    </message>
    <message>
        <source>Which order?</source>
        <translation>取回哪一单？</translation>
    </message>
    <message>
        <source>Scan something first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <source>Receipt %1 done.</source>
        <translation>小票 %1 已完成。</translation>
    </message>
    <message>
        <source>Receipt %1 done. Change: %2</source>
        <translation>小票 %1 已完成。找零：%2</translation>
    </message>
    <message>
        <source>Sale cancelled.</source>
        <translation>交易已取消。</translation>
    </message>
    <message>
        <source>Points: %1 · Stored value: %2</source>
        <translation>积分：%1 · 储值：%2</translation>
    </message>
    <message>
        <source>🎂 Birthday bonus points on this sale</source>
        <translation>🎂 本单享受生日积分加倍</translation>
    </message>
    <message>
        <source>%1 more to %2</source>
        <translation>再消费 %1 升级为%2</translation>
    </message>
    <message>
        <source>Walk-in customer. F2 to attach a member.</source>
        <translation>散客。按 F2 关联会员。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分抵扣</translation>
    </message>
    <message>
        <source>Points to earn</source>
        <translation>本单可得积分</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应收 %1</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打小票</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Receipt number (scan it):</source>
        <translation>小票号（可扫描）：</translation>
    </message>
    <message>
        <source>Receipt %1 sent to the printer again.</source>
        <translation>小票 %1 已重新发送到打印机。</translation>
    </message>
    <message>
        <source>Receipt number (scan the receipt&apos;s barcode):</source>
        <translation>小票号（扫描小票上的条码）：</translation>
    </message>
    <message>
        <source>Refund %1: %2</source>
        <translation>退货单 %1：%2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Register a new member and attach them to this sale</source>
        <translation>登记新会员并用于本单</translation>
    </message>
    <message>
        <source>Not a member yet</source>
        <translation>还不是会员</translation>
    </message>
    <message>
        <source>No member has the number %1. Register them now?</source>
        <translation>没有手机号为 %1 的会员。现在登记吗？</translation>
    </message>
    <message>
        <source>%1 is now a member and on this sale.</source>
        <translation>%1 已成为会员，并已用于本单。</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Coupon %1 taken.</source>
        <translation>已使用优惠券 %1。</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Coupon code (scan it):</source>
        <translation>券码（请扫码）：</translation>
    </message>
    <message>
        <source>This member has no coupon to use today. Coupon code:</source>
        <translation>此会员今天没有可用的券。券码：</translation>
    </message>
    <message>
        <source>%1 · %2 · until %3</source>
        <translation>%1 · %2 · 有效期至 %3</translation>
    </message>
    <message>
        <source>Use a coupon</source>
        <translation>使用优惠券</translation>
    </message>
    <message>
        <source>Which coupon?</source>
        <translation>使用哪张券？</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) to use (F7): %1</source>
        <translation>
            <numerusform>有 %n 张券可用（F7）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Attach the member first (F2): gifts are paid with their points.</source>
        <translation>请先加入会员（F2）：兑换用的是会员的积分。</translation>
    </message>
    <message>
        <source>Receipt %1: gifts for %2 points handed over.</source>
        <translation>小票 %1：已兑换礼品，用去 %2 积分。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>商品分类</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · %Ln 种商品</numerusform>
        </translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新增分类</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>“%1”的新名称：</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CloseReceiptPrinter</name>
    <message>
        <source>No receipt printer is set up: choose one under Settings, Hardware.</source>
        <translation>尚未设置小票打印机：请在“设置 → 硬件”中选择。</translation>
    </message>
    <message>
        <source>The close report was sent to the receipt printer.</source>
        <translation>结账报表已发送到小票打印机。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CloseReportView</name>
    <message>
        <source>&amp;Open shift…</source>
        <translation>开班(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lose shift…</source>
        <translation>交班(&amp;L)…</translation>
    </message>
    <message>
        <source>Print &amp;receipt</source>
        <translation>打印小票(&amp;R)</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>班次 %1</translation>
    </message>
    <message>
        <source>Shift close</source>
        <translation>交班报表</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <source>Items returned</source>
        <translation>退货件数</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣合计</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>销售净额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>实收合计</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Member receipts</source>
        <translation>会员消费笔数</translation>
    </message>
    <message>
        <source>Member net sales</source>
        <translation>会员消费金额</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱现金</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash sales (net)</source>
        <translation>现金销售（净）</translation>
    </message>
    <message>
        <source>Cash top-ups</source>
        <translation>现金充值</translation>
    </message>
    <message>
        <source>Stored value paid out</source>
        <translation>退储值付现</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应收现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Stored value and points</source>
        <translation>储值与积分</translation>
    </message>
    <message>
        <source>Stored value topped up</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Bonus given with top-ups</source>
        <translation>充值赠送金额</translation>
    </message>
    <message>
        <source>Paid with stored value</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <source>Given back to balances by refunds</source>
        <translation>退货退回储值</translation>
    </message>
    <message>
        <source>Balances paid out</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>抵现积分</translation>
    </message>
    <message>
        <source>Points given back by refunds</source>
        <translation>退货退回积分</translation>
    </message>
    <message>
        <source>Points taken back by refunds</source>
        <translation>退货扣回积分</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未交班</translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation>各支付方式实收</translation>
    </message>
    <message>
        <source>Shift %1 of %2 is open.</source>
        <translation>%2 的第 %1 班已开班。</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>当前没有未交班的班次。</translation>
    </message>
    <message>
        <source>Close a shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Which shift?</source>
        <translation>为哪个班次交班？</translation>
    </message>
    <message>
        <source>Shift %1 of %2 is closed.</source>
        <translation>%2 的第 %1 班已交班。</translation>
    </message>
    <message>
        <source>Printing the close report…</source>
        <translation>正在打印结账报表…</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::CouponTemplateDialog</name>
    <message>
        <source>New coupon template</source>
        <translation>新增优惠券模板</translation>
    </message>
    <message>
        <source>As customers will see it, like 满100减10</source>
        <translation>顾客看到的名称，如 满100减10</translation>
    </message>
    <message>
        <source>An amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>A percent off</source>
        <translation>打折</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>赠送商品</translation>
    </message>
    <message>
        <source>like 10.00</source>
        <translation>如 10.00</translation>
    </message>
    <message>
        <source>10 for 10 % off (9折)</source>
        <translation>10 表示减 10%（9折）</translation>
    </message>
    <message>
        <source>Optional: the most it takes off</source>
        <translation>选填：最多减免金额</translation>
    </message>
    <message>
        <source>The free product&apos;s barcode (scan it)</source>
        <translation>赠品条码（请扫码）</translation>
    </message>
    <message>
        <source>Optional: like 100.00</source>
        <translation>选填：如 100.00</translation>
    </message>
    <message>
        <source>Optional: categories, separated by commas</source>
        <translation>选填：适用分类，用逗号分隔</translation>
    </message>
    <message>
        <source>May be used together with other coupons</source>
        <translation>可与其他券同时使用</translation>
    </message>
    <message>
        <source>For some days from when it is issued</source>
        <translation>发放后若干天内有效</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>在两个日期之间有效</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only when I issue it</source>
        <translation>仅手动发放</translation>
    </message>
    <message>
        <source>To every new member</source>
        <translation>发给每位新会员</translation>
    </message>
    <message>
        <source>To members when their birthday comes</source>
        <translation>会员生日时发放</translation>
    </message>
    <message>
        <source>To a member whose referral buys for the first time</source>
        <translation>推荐的新会员首次消费时发给推荐人</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gives</source>
        <translation>优惠(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Amount off (¥)</source>
        <translation>减免金额（¥）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Percent off</source>
        <translation>折扣百分比(&amp;P)</translation>
    </message>
    <message>
        <source>At &amp;most (¥)</source>
        <translation>最多减（¥）(&amp;M)</translation>
    </message>
    <message>
        <source>Free &amp;product</source>
        <translation>赠品(&amp;P)</translation>
    </message>
    <message>
        <source>Minimum &amp;spend (¥)</source>
        <translation>最低消费（¥）(&amp;S)</translation>
    </message>
    <message>
        <source>On &amp;categories</source>
        <translation>适用分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Valid</source>
        <translation>有效期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Issued</source>
        <translation>发放方式(&amp;I)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::DashboardView</name>
    <message>
        <source>Takings today</source>
        <translation>今日实收</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>%1 · gross %2, discounts %3, refunds %4 · members bought %5 · as of %6</source>
        <translation>%1 · 应收 %2，折扣 %3，退货 %4 · 会员消费占 %5 · 截至 %6</translation>
    </message>
    <message>
        <source>Today by payment method</source>
        <translation>今日各支付方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Takings, last 30 days</source>
        <translation>最近 30 天实收</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ExportDialog</name>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>导出销售</translation>
    </message>
    <message>
        <source>The %1 members the member list shows now, with their points and stored value.</source>
        <translation>会员列表当前显示的 %1 位会员，含积分和储值。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Whole phone numbers (keep the file safe)</source>
        <translation>完整手机号（请妥善保管文件）</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>会员.csv</translation>
    </message>
    <message>
        <source>sales.csv</source>
        <translation>销售.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::GiftDialog</name>
    <message>
        <source>Gifts for points · %1</source>
        <translation>积分兑换 · %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>The store has no gifts for points yet: mark products as gifts on the product screen.</source>
        <translation>本店还没有积分兑换礼品：请在商品页面把商品设为可兑换。</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>需 %1 积分，可用 %2</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::Hardware</name>
    <message>
        <source>Receipt %1 waits for the printer: %2</source>
        <translation>小票 %1 正在等待打印机：%2</translation>
    </message>
    <message>
        <source>Receipt %1 was not printed: %2</source>
        <translation>小票 %1 未能打印：%2</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>钱箱未能打开：%1</translation>
    </message>
    <message>
        <source>No receipt printer is set up: choose one in the settings first.</source>
        <translation>还没有设置小票打印机：请先在设置中选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) printed.</source>
        <translation>
            <numerusform>已打印 %n 张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::HardwareSettingsWidget</name>
    <message>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>serial:/dev/ttyUSB0?baud=9600 · usb:/dev/usb/lp0 · tcp:192.168.1.50:9100 · qprinter:NAME (system driver)</source>
        <translation>serial:/dev/ttyUSB0?baud=9600 · usb:/dev/usb/lp0 · tcp:192.168.1.50:9100 · qprinter:打印机名（系统驱动）</translation>
    </message>
    <message>
        <source>80 mm (48 columns)</source>
        <translation>80 毫米（48 列）</translation>
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation>58 毫米（32 列）</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸宽(&amp;A)：</translation>
    </message>
    <message>
        <source>Chinese (GB18030, switches the printer to Chinese)</source>
        <translation>中文（GB18030，切换到打印机中文模式）</translation>
    </message>
    <message>
        <source>Chinese (GB18030, printer always in Chinese)</source>
        <translation>中文（GB18030，打印机默认中文模式）</translation>
    </message>
    <message>
        <source>No Chinese font (code page)</source>
        <translation>无中文字库（代码页）</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Code page:</source>
        <translation>代码页(&amp;C)：</translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation>2 号针（大多数钱箱）</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>5 号针</translation>
    </message>
    <message>
        <source>Cash &amp;drawer:</source>
        <translation>钱箱(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>打印测试页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open drawer</source>
        <translation>打开钱箱(&amp;O)</translation>
    </message>
    <message>
        <source>Check s&amp;tatus</source>
        <translation>查询状态(&amp;U)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>Sc&amp;anner:</source>
        <translation>扫码枪(&amp;N)：</translation>
    </message>
    <message>
        <source>hid: the scanner types like a keyboard (most USB scanners). serial:…: a serial or USB-CDC scanner.</source>
        <translation>hid：扫码枪像键盘一样输入（大多数 USB 扫码枪）。serial:…：串口或 USB 虚拟串口扫码枪。</translation>
    </message>
    <message>
        <source>Sa&amp;ve scanner</source>
        <translation>保存扫码枪(&amp;V)</translation>
    </message>
    <message>
        <source>Scan something to try the scanner.</source>
        <translation>扫一下条码试试扫码枪。</translation>
    </message>
    <message>
        <source>Last scan:</source>
        <translation>最近扫码：</translation>
    </message>
    <message>
        <source>Saved: receipts are not printed.</source>
        <translation>已保存：不打印小票。</translation>
    </message>
    <message>
        <source>Saved: receipts print on %1.</source>
        <translation>已保存：小票将在 %1 打印。</translation>
    </message>
    <message>
        <source>Saved: the scanner is %1.</source>
        <translation>已保存：扫码枪为 %1。</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>正在打印测试页…</translation>
    </message>
    <message>
        <source>The test page was sent. Check that the ruler and the Chinese line end at the same place.</source>
        <translation>测试页已发送。请检查标尺和中文行是否在同一位置结束。</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>正在打开钱箱…</translation>
    </message>
    <message>
        <source>The drawer was told to open.</source>
        <translation>已发出开钱箱指令。</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>正在查询打印机…</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>选择标志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>删除标志(&amp;R)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Receipts print without a logo.</source>
        <translation>小票将不打印标志。</translation>
    </message>
    <message>
        <source>Receipts print with this logo; print a test page to see it.</source>
        <translation>小票将打印此标志；打印测试页即可查看效果。</translation>
    </message>
    <message>
        <source>Logo for receipts</source>
        <translation>小票标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.pbm)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.pbm)</translation>
    </message>
    <message>
        <source>%1 is not a picture StoreDesk can read.</source>
        <translation>StoreDesk 无法读取图片 %1。</translation>
    </message>
    <message>
        <source>Not asked yet: “Check status” asks the printer.</source>
        <translation>尚未查询：点“查询状态”询问打印机。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ImportMembersDialog</name>
    <message>
        <source>GBK / GB18030</source>
        <translation>GBK / GB18030</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>The CSV file the old system exported</source>
        <translation>旧系统导出的 CSV 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Find it</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>资料项</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>各列对应关系</translation>
    </message>
    <message>
        <source>The check, row by row</source>
        <translation>逐行检查结果</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>导入正确的行，跳过有问题的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2%3.</source>
        <translation>按 %1 读取，以%2分隔%3。</translation>
    </message>
    <message>
        <source>, with a byte-order mark</source>
        <translation>，带字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 members were imported.</source>
        <translation>已导入 %1 位会员。</translation>
    </message>
    <message>
        <source>Nothing is imported while a row has a problem: correct the file and choose it again, or import the good rows and leave the bad ones out.</source>
        <translation>只要有一行存在问题，就不会导入任何数据：请改正文件后重新选择，或选择导入正确的行、跳过有问题的行。</translation>
    </message>
    <message>
        <source>The first %1 problems of %2 are listed.</source>
        <translation>共 %2 个问题，仅列出前 %1 个。</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>%1 rows: %2 accepted, %3 refused.</source>
        <translation>共 %1 行：%2 行通过，%3 行未通过。</translation>
    </message>
    <message>
        <source>Opening balances: %1 points, %2 stored value.</source>
        <translation>期初余额：%1 积分，储值 %2。</translation>
    </message>
    <message>
        <source>Opening balances: %1 points, %2 stored value (%3 of it bonus).</source>
        <translation>期初余额：%1 积分，储值 %2（其中赠送 %3）。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::IssueCouponsDialog</name>
    <message>
        <source>Issue %1</source>
        <translation>发放 %1</translation>
    </message>
    <message>
        <source>To one member</source>
        <translation>发给一位会员</translation>
    </message>
    <message>
        <source>Phone, last 4 digits, card or name</source>
        <translation>手机号、尾号后四位、卡号或姓名</translation>
    </message>
    <message numerus="yes">
        <source>To every member the member screen lists now: %Ln</source>
        <translation>
            <numerusform>发给会员页面当前列出的每位会员：共 %Ln 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous coupons to print and hand out</source>
        <translation>不记名券，打印后派发</translation>
    </message>
    <message>
        <source>The codes issued appear here.</source>
        <translation>发出的券码会显示在这里。</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Print slips</source>
        <translation>打印券</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存为 CSV…</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>没有会员符合“%1”。</translation>
    </message>
    <message>
        <source>Several members match “%1”: type the whole phone number.</source>
        <translation>有多位会员符合“%1”：请输入完整手机号。</translation>
    </message>
    <message>
        <source>Save the codes</source>
        <translation>保存券码</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::LiabilityView</name>
    <message>
        <source>Owed to members</source>
        <translation>会员负债</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未使用积分</translation>
    </message>
    <message>
        <source>Members holding points</source>
        <translation>持有积分的会员</translation>
    </message>
    <message>
        <source>Points members owe (taken back by refunds)</source>
        <translation>会员欠积分（退货扣回）</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>抵现比例</translation>
    </message>
    <message>
        <source>%1 points = %2</source>
        <translation>%1 积分 = %2</translation>
    </message>
    <message>
        <source>Value of the points outstanding</source>
        <translation>未使用积分折合金额</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid in by members</source>
        <translation>会员实充</translation>
    </message>
    <message>
        <source>Bonus given with top-ups</source>
        <translation>充值赠送金额</translation>
    </message>
    <message>
        <source>Stored value outstanding</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Members with a balance</source>
        <translation>有储值余额的会员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Points at their value</source>
        <translation>积分负债（折合金额）</translation>
    </message>
    <message>
        <source>What the store owes its members</source>
        <translation>门店对会员的负债</translation>
    </message>
    <message>
        <source>Stored value paid in</source>
        <translation>储值实充</translation>
    </message>
    <message>
        <source>Stored value bonus</source>
        <translation>储值赠送</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MainWindow</name>
    <message>
        <source>&amp;Store</source>
        <translation>门店(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About StoreDesk</source>
        <translation>关于 StoreDesk(&amp;A)</translation>
    </message>
    <message>
        <source>StoreDesk</source>
        <translation>StoreDesk</translation>
    </message>
    <message>
        <source>%1 — StoreDesk</source>
        <translation>%1 — StoreDesk</translation>
    </message>
    <message>
        <source>%1 members · %2 products</source>
        <translation>%1 位会员 · %2 种商品</translation>
    </message>
    <message>
        <source>About StoreDesk</source>
        <translation>关于 StoreDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StoreDesk %1&lt;/h3&gt;&lt;p&gt;Point of sale and membership for one store. Everything stays in one file on this computer:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoreDesk %1&lt;/h3&gt;&lt;p&gt;单店收银与会员管理。所有数据都保存在这台电脑的一个文件中：&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Checkout</source>
        <translation>收银(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>会员规则</translation>
    </message>
    <message>
        <source>&amp;Loyalty rules</source>
        <translation>会员规则(&amp;L)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Lock or switch user</source>
        <translation>锁定或切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in to use the till. Ctrl+L locks it again.</source>
        <translation>登录后使用收银台。按 Ctrl+L 可再次锁定。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit StoreDesk</source>
        <translation>退出 StoreDesk(&amp;Q)</translation>
    </message>
    <message>
        <source>Add the owner under People to lock the till.</source>
        <translation>请先在“人员”中添加店主，才能锁定收银台。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>M&amp;arketing</source>
        <translation>营销(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>人员(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>导入会员(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;members…</source>
        <translation>导出会员(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;sales…</source>
        <translation>导出销售(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MarketingPage</name>
    <message>
        <source>Coupon templates</source>
        <translation>优惠券模板</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>最低消费</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Issued / used</source>
        <translation>已发 / 已用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>新增模板…</translation>
    </message>
    <message>
        <source>Issue coupons…</source>
        <translation>发券…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>减 %1%</translation>
    </message>
    <message>
        <source>%1% off, at most %2</source>
        <translation>减 %1%，最多减 %2</translation>
    </message>
    <message>
        <source>A free %1</source>
        <translation>赠送 %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>，适用 %1</translation>
    </message>
    <message>
        <source>, stacks</source>
        <translation>，可叠加</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from issue</source>
        <translation>
            <numerusform>发放后 %n 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>to new members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>on birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>for referrals</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Coupon template %1 added.</source>
        <translation>已新增优惠券模板 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued.</source>
        <translation>
            <numerusform>已发放 %n 张券。</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupons are issued from a template: by hand here, or by StoreDesk itself to new members, on birthdays and as referral rewards. Promotions (满减, discounts, member days) are part of the loyalty rules.</source>
        <translation>优惠券由模板发放：可在这里手动发放，也可由 StoreDesk 自动发给新会员、生日会员和推荐奖励。促销（满减、折扣、会员日）属于会员规则的一部分。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑会员 %1</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD，可不填</translation>
    </message>
    <message>
        <source>Scan the member card, optional</source>
        <translation>扫描会员卡，可不填</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>手机号(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>会员卡(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the member&apos;s mobile number.</source>
        <translation>请输入会员的手机号。</translation>
    </message>
    <message>
        <source>Not a mobile number yet: 11 digits starting with 13–19.</source>
        <translation>还不是有效手机号：以 13–19 开头的 11 位数字。</translation>
    </message>
    <message>
        <source>Already a member: %1.</source>
        <translation>已是会员：%1。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Frozen: cannot buy as a member or top up</source>
        <translation>冻结：不能以会员身份消费或充值</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Optional: the phone or card of who brought them</source>
        <translation>选填：推荐人的手机号或卡号</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>推荐人(&amp;R)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MemberListModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>This membership is frozen.</source>
        <translation>此会员已冻结。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MemberPanel</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <source>Refund balance…</source>
        <translation>退储值…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Paid-in</source>
        <translation>实充</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>未选择会员</translation>
    </message>
    <message>
        <source>Pick a member in the list, or press F2 to register one.</source>
        <translation>请在列表中选择会员，或按 F2 登记新会员。</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>%1 expire by %2</source>
        <translation>%1 分将于 %2 前到期</translation>
    </message>
    <message>
        <source>incl. bonus %1</source>
        <translation>含赠送 %1</translation>
    </message>
    <message>
        <source>Spent (tier window)</source>
        <translation>消费（等级统计期）</translation>
    </message>
    <message>
        <source>%1 more to %2</source>
        <translation>再消费 %1 升级为%2</translation>
    </message>
    <message>
        <source>top tier</source>
        <translation>已是最高等级</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>客单价 %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A return of %1</source>
        <translation>%1 的退货</translation>
    </message>
    <message>
        <source>Topped up %1. Balance: %2</source>
        <translation>已充值 %1。余额：%2</translation>
    </message>
    <message>
        <source>Topped up %1 with a bonus of %2. Balance: %3</source>
        <translation>已充值 %1，赠送 %2。余额：%3</translation>
    </message>
    <message>
        <source>Points adjusted by %1; %2 now has %3.</source>
        <translation>积分已调整 %1；%2 现有 %3 分。</translation>
    </message>
    <message>
        <source>Refund balance</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>%1 has no stored value to refund.</source>
        <translation>%1 没有可退的储值。</translation>
    </message>
    <message>
        <source>Hand back %1 to %2 by:</source>
        <translation>退还 %1 给 %2，退款方式：</translation>
    </message>
    <message>
        <source>Hand back the paid-in %1 to %2; the bonus %3 is forfeited. Refund by:</source>
        <translation>退还实充金额 %1 给 %2；赠送金额 %3 作废。退款方式：</translation>
    </message>
    <message>
        <source>Refunded %1 to %2.</source>
        <translation>已退还 %1 给 %2。</translation>
    </message>
    <message>
        <source>Double-click a sale to see its receipt.</source>
        <translation>双击一笔消费即可查看小票。</translation>
    </message>
    <message>
        <source>Give a coupon…</source>
        <translation>赠券…</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起可用</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Give a coupon</source>
        <translation>赠券</translation>
    </message>
    <message>
        <source>There is no coupon template yet: add one on the marketing screen.</source>
        <translation>还没有优惠券模板：请先在营销页面新增。</translation>
    </message>
    <message>
        <source>Which coupon for %1?</source>
        <translation>给 %1 哪张券？</translation>
    </message>
    <message>
        <source>%1 has coupon %2 (%3), valid until %4.</source>
        <translation>已给 %1 发放优惠券 %2（%3），有效期至 %4。</translation>
    </message>
    <message>
        <source>Delete member…</source>
        <translation>删除会员…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>删除会员</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their name, phone, card, birthday and tags are erased and their points forfeited; their sales stay in the books without a name. This cannot be undone.</source>
        <translation>确定永久删除 %1 吗？其姓名、手机号、会员卡、生日和标签将被清除，积分作废；消费记录保留在账上但不再关联姓名。此操作无法撤销。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MemberReportView</name>
    <message>
        <source>Members</source>
        <translation>会员报表</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>Joined in the period</source>
        <translation>期间新增</translation>
    </message>
    <message>
        <source>Bought in the last 30 days</source>
        <translation>最近 30 天有消费</translation>
    </message>
    <message>
        <source>Sleeping 30 days or more</source>
        <translation>沉睡 30 天以上</translation>
    </message>
    <message>
        <source>Sleeping 60 days or more</source>
        <translation>沉睡 60 天以上</translation>
    </message>
    <message>
        <source>Sleeping 90 days or more</source>
        <translation>沉睡 90 天以上</translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation>从未消费</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>人均消费</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>期间消费次数</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>销售净额</translation>
    </message>
    <message>
        <source>Average per visit</source>
        <translation>次均消费</translation>
    </message>
    <message>
        <source>Tier moves</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Spent by RFM segment</source>
        <translation>各 RFM 分群消费金额</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::MembersPage</name>
    <message>
        <source>Phone, last 4 digits, card or name — then Enter</source>
        <translation>手机号、尾号后四位、会员卡或姓名——按回车查找</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>New member (F2)</source>
        <translation>新会员 (F2)</translation>
    </message>
    <message>
        <source>No member matches “%1”. Press F2 to register one.</source>
        <translation>没有与“%1”匹配的会员。按 F2 登记新会员。</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 已成为会员。</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <translation>新会员(&amp;N)</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>不限消费</translation>
    </message>
    <message>
        <source>No purchase for %1 days</source>
        <translation>%1 天未消费</translation>
    </message>
    <message>
        <source>Any birthday</source>
        <translation>不限生日</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <source>Any points</source>
        <translation>不限积分</translation>
    </message>
    <message>
        <source>Points expiring in %1 days</source>
        <translation>%1 天内积分到期</translation>
    </message>
    <message>
        <source>Active and frozen</source>
        <translation>正常和冻结</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>仅正常</translation>
    </message>
    <message>
        <source>Frozen only</source>
        <translation>仅冻结</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the store, newest first.</source>
        <translation>
            <numerusform>本店共 %Ln 位会员，最新入会的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) match.</source>
        <translation>
            <numerusform>符合条件的会员 %Ln 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Near the next tier</source>
        <translation>即将升级</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <source>The members listed, with why and a message for each, as CSV</source>
        <translation>把列出的会员连同上榜原因和消息导出为 CSV</translation>
    </message>
    <message>
        <source>List saved.</source>
        <translation>名单已保存。</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>导入会员…</translation>
    </message>
    <message>
        <source>Members with their points and stored value from another system&apos;s CSV export</source>
        <translation>从其他系统导出的 CSV 文件导入会员及其积分和储值</translation>
    </message>
    <message>
        <source>%1 members imported.</source>
        <translation>已导入 %1 位会员。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Redeem &amp;points</source>
        <translation>积分抵扣(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>付款方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>实收(&amp;R)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>还需收</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>%1 points available; at most %2 on this sale (%3 points = %4).</source>
        <translation>可用积分 %1；本单最多抵扣 %2 积分（%3 积分 = %4）。</translation>
    </message>
    <message>
        <source>Attach a member to redeem points.</source>
        <translation>关联会员后才能使用积分抵扣。</translation>
    </message>
    <message>
        <source>Type the amount received, like 50 or 37.50.</source>
        <translation>请输入实收金额，例如 50 或 37.50。</translation>
    </message>
    <message>
        <source>Only cash can be more than what is due.</source>
        <translation>只有现金可以多收找零。</translation>
    </message>
    <message>
        <source>Most (F6)</source>
        <translation>最多 (F6)</translation>
    </message>
    <message>
        <source>Enter takes the amount; a smaller amount splits the payment. ↑/↓ change the method, F6 redeems the most points, Esc goes back to the cart.</source>
        <translation>回车收下金额；金额不足则分开付款。↑/↓ 切换付款方式，F6 使用最多积分，Esc 返回购物车。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::PeoplePage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>创建于</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新用户(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>重置 PIN(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stop sign-in</source>
        <translation>停止登录(&amp;S)</translation>
    </message>
    <message>
        <source>Cashiers sell, register members, top up and hand out gifts. Managers also take returns, change prices, adjust points and stored value, and edit products, marketing, rules and settings. The owner also manages people, deletes members and restores backups. Anyone can be approved for one action by someone who may do it.</source>
        <translation>收银员可以收银、登记会员、充值和兑换礼品。店长还可以办理退货、改价、调整积分和储值，以及编辑商品、营销、规则和设置。店主还可以管理人员、删除会员和恢复备份。任何人都可以由有权限的人当场批准做一次操作。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Receipt, member, product…</source>
        <translation>小票、会员、商品…</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>核对日志(&amp;C)</translation>
    </message>
    <message>
        <source>Only a manager or the owner may read the audit trail.</source>
        <translation>只有店长或店主可以查看审计日志。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <source>The trail is whole: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>日志完整：共 %n 条，没有被改动或删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Allow sign-in</source>
        <translation>恢复登录(&amp;A)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>%1 may sign in now.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>%1&apos;s role:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <source>New PIN or password for %1:</source>
        <translation>%1 的新 PIN 或密码：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>The two PINs differ; %1&apos;s PIN was not changed.</source>
        <translation>两次输入不一致；%1 的 PIN 没有更改。</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 的 PIN 已更新。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::PeriodSelector</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::PointsAdjustDialog</name>
    <message>
        <source>Adjust points of %1</source>
        <translation>调整 %1 的积分</translation>
    </message>
    <message>
        <source>+100 to give, -100 to take</source>
        <translation>+100 为增加，-100 为扣减</translation>
    </message>
    <message>
        <source>Required: why the points change</source>
        <translation>必填：积分调整的原因</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>当前积分</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>调整(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the points to give (or, with a minus, to take).</source>
        <translation>请输入要增加的积分（负数为扣减）。</translation>
    </message>
    <message>
        <source>Say why: the reason stays in the points history.</source>
        <translation>请写明原因：原因会记入积分明细。</translation>
    </message>
    <message>
        <source>Points afterwards: %1</source>
        <translation>调整后积分：%1</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Scan it, or type the code</source>
        <translation>扫描商品，或输入条码</translation>
    </message>
    <message>
        <source>Shelf price, like 12.50</source>
        <translation>零售价，如 12.50</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Empty: the store&apos;s default</source>
        <translation>留空：使用门店默认值</translation>
    </message>
    <message>
        <source>Sales of it earn points and get the tier discount</source>
        <translation>销售可得积分并享受等级折扣</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>零售价(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Member price</source>
        <translation>会员价(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stock on arrival</source>
        <translation>初始库存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reorder at</source>
        <translation>补货线(&amp;R)</translation>
    </message>
    <message>
        <source>Scan the product, or type its code.</source>
        <translation>请扫描商品，或输入条码。</translation>
    </message>
    <message>
        <source>Not a barcode: a GS1 code&apos;s check digit is wrong, or a store code has characters other than letters, digits and - _ . /</source>
        <translation>不是有效条码：商品条码的校验位不对，或店内码含有字母、数字和 - _ . / 以外的字符</translation>
    </message>
    <message>
        <source>Already used by %1.</source>
        <translation>已被“%1”使用。</translation>
    </message>
    <message>
        <source>store code</source>
        <translation>店内码</translation>
    </message>
    <message>
        <source>Empty: not a gift for points</source>
        <translation>留空：不可积分兑换</translation>
    </message>
    <message>
        <source>&amp;Gift for points</source>
        <translation>积分兑换(&amp;G)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ProductListModel</name>
    <message>
        <source>%1 (off sale)</source>
        <translation>%1（已停售）</translation>
    </message>
    <message>
        <source>%1 (store)</source>
        <translation>%1（门店）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Low stock: %1 left, reorder at %2.</source>
        <translation>库存不足：剩余 %1，补货线 %2。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>补货线</translation>
    </message>
    <message>
        <source>Earns points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ProductsPage</name>
    <message>
        <source>Sold (%1)</source>
        <translation>销售（%1）</translation>
    </message>
    <message>
        <source>Returned (%1)</source>
        <translation>退货（%1）</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Scan a barcode or type the start of a name — then Enter</source>
        <translation>扫描条码或输入名称开头，然后按回车</translation>
    </message>
    <message>
        <source>New product (F2)</source>
        <translation>新增商品 (F2)</translation>
    </message>
    <message>
        <source>On sale and off sale</source>
        <translation>在售和停售</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>停售</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>仅库存不足</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>商品分类…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Correct stock…</source>
        <translation>调整库存…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>库存明细</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) at or below their reorder level.</source>
        <translation>
            <numerusform>%Ln 种商品库存不高于补货线。</numerusform>
        </translation>
    </message>
    <message>
        <source>No product matches “%1”. Press F2 to add it.</source>
        <translation>没有商品符合“%1”。按 F2 新增。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s).</source>
        <translation>
            <numerusform>共 %Ln 种商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Scan or search above; F2 adds a product.</source>
        <translation>请在上方扫码或搜索；按 F2 新增商品。</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>%1 (reorder at %2)</source>
        <translation>%1（补货线 %2）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>earns points</source>
        <translation>可得积分</translation>
    </message>
    <message>
        <source>earns no points</source>
        <translation>不积分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>已停售</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1: %2 in stock.</source>
        <translation>%1：库存 %2。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::PromotionDialog</name>
    <message>
        <source>New promotion</source>
        <translation>新增促销</translation>
    </message>
    <message>
        <source>Edit promotion</source>
        <translation>编辑促销</translation>
    </message>
    <message>
        <source>Spend and save (满减)</source>
        <translation>满减</translation>
    </message>
    <message>
        <source>Percent off products or categories</source>
        <translation>商品或分类打折</translation>
    </message>
    <message>
        <source>Member day</source>
        <translation>会员日</translation>
    </message>
    <message>
        <source>Buy some, get one free</source>
        <translation>买赠（买 N 送一）</translation>
    </message>
    <message>
        <source>As receipts show it, like 满200减30</source>
        <translation>小票上显示的名称，如 满200减30</translation>
    </message>
    <message>
        <source>like 200.00</source>
        <translation>如 200.00</translation>
    </message>
    <message>
        <source>like 30.00</source>
        <translation>如 30.00</translation>
    </message>
    <message>
        <source>Every time the spend is reached again (每满)</source>
        <translation>每满一次就减一次（每满减）</translation>
    </message>
    <message>
        <source>Optional: the most it takes off</source>
        <translation>选填：最多减免金额</translation>
    </message>
    <message>
        <source>10 for 10 % off</source>
        <translation>10 表示减 10%</translation>
    </message>
    <message>
        <source>Categories, separated by commas</source>
        <translation>分类，用逗号分隔</translation>
    </message>
    <message>
        <source>Barcodes, separated by commas</source>
        <translation>条码，用逗号分隔</translation>
    </message>
    <message>
        <source>Members&apos; tier discount applies on top</source>
        <translation>会员等级折扣可叠加</translation>
    </message>
    <message>
        <source>Optional: like 2 for double points</source>
        <translation>选填：如 2 表示双倍积分</translation>
    </message>
    <message>
        <source>The product&apos;s barcode (scan it)</source>
        <translation>商品条码（请扫码）</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>仅限会员</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>仅在以下日期之间</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Spend (¥)</source>
        <translation>满（¥）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Off (¥)</source>
        <translation>减（¥）(&amp;O)</translation>
    </message>
    <message>
        <source>At &amp;most (¥)</source>
        <translation>最多减（¥）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Weekday</source>
        <translation>星期(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Percent off</source>
        <translation>折扣百分比(&amp;P)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买</translation>
    </message>
    <message>
        <source>On &amp;categories</source>
        <translation>适用分类(&amp;C)</translation>
    </message>
    <message>
        <source>On p&amp;roducts</source>
        <translation>适用商品(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::QPrinterReceiptPrinter</name>
    <message>
        <source>this computer has no default printer</source>
        <translation>本机没有默认打印机</translation>
    </message>
    <message>
        <source>this computer has no printer named “%1”</source>
        <translation>本机没有名为“%1”的打印机</translation>
    </message>
    <message>
        <source>The printer driver for “%1” did not start the job.</source>
        <translation>“%1”的打印驱动没有开始打印任务。</translation>
    </message>
    <message>
        <source>The printer driver for “%1” did not take the job.</source>
        <translation>“%1”的打印驱动没有接收打印任务。</translation>
    </message>
    <message>
        <source>This printer is driven through its system driver, which opens the drawer by its own settings; StoreDesk cannot kick it.</source>
        <translation>这台打印机通过系统驱动打印，钱箱由驱动自己的设置控制；StoreDesk 无法直接打开。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ReceiptDialog</name>
    <message>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Save as PDF or PNG…</source>
        <translation>另存为 PDF 或 PNG…</translation>
    </message>
    <message>
        <source>Receipt %1 sent to the printer again.</source>
        <translation>小票 %1 已重新发送到打印机。</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存小票</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG picture (*.png)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ReportCharts</name>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ReportLabels</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>按收银员</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>按时段</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>每日销售</translation>
    </message>
    <message>
        <source>Sales by week</source>
        <translation>每周销售</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>每月销售</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>商品销售</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>分类销售</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>收银员销售</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>各支付方式销售</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>各时段销售</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ReportView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>导出 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ReportsPage</name>
    <message>
        <source>Today</source>
        <translation>今日概览</translation>
    </message>
    <message>
        <source>Day and shift close</source>
        <translation>日结与交班</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Owed to members</source>
        <translation>会员负债</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ReturnDialog</name>
    <message>
        <source>Return against receipt %1</source>
        <translation>按小票 %1 退货</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>%1 (%2 back)</source>
        <translation>%1（已退 %2）</translation>
    </message>
    <message>
        <source>Set how many of each line come back, or leave them all at 0 to return everything that is left. Money goes back the way it was paid.</source>
        <translation>填写每行退回的数量；全部为 0 表示退回剩余的全部商品。款项按原付款方式退回。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::RulesPage</name>
    <message>
        <source>Payments from stored value earn points too</source>
        <translation>储值支付也可得积分</translation>
    </message>
    <message>
        <source>Every ¥</source>
        <translation>每消费 ¥</translation>
    </message>
    <message>
        <source>paid earns</source>
        <translation>可得</translation>
    </message>
    <message>
        <source>point(s)</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Earning points</source>
        <translation>积分获取</translation>
    </message>
    <message>
        <source>in the whole birthday month</source>
        <translation>生日当月</translation>
    </message>
    <message>
        <source>on the birthday itself</source>
        <translation>仅生日当天</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日奖励</translation>
    </message>
    <message>
        <source>Points × </source>
        <translation>积分 × </translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>points are worth ¥</source>
        <translation>积分抵 ¥</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source> points per sale</source>
        <translation> 分/单</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>最少</translation>
    </message>
    <message>
        <source>% of what is due</source>
        <translation>% 的应付金额</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Some months after they are earned</source>
        <translation>获得后若干个月</translation>
    </message>
    <message>
        <source>At the end of a later year</source>
        <translation>在之后某年年底</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> year(s) after the year earned</source>
        <translation> 年后（从获得当年算起）</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From spend (¥)</source>
        <translation>消费满（¥）</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Spend counts over the last</source>
        <translation>统计最近</translation>
    </message>
    <message>
        <source>Top-up from (¥)</source>
        <translation>充值满（¥）</translation>
    </message>
    <message>
        <source>Bonus (¥)</source>
        <translation>赠送（¥）</translation>
    </message>
    <message>
        <source>Add bonus</source>
        <translation>添加赠送</translation>
    </message>
    <message>
        <source>Remove bonus</source>
        <translation>删除赠送</translation>
    </message>
    <message>
        <source>Top-up bonus (充值送)</source>
        <translation>充值送</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试算</translation>
    </message>
    <message>
        <source>A sale of ¥</source>
        <translation>消费 ¥</translation>
    </message>
    <message>
        <source>by</source>
        <translation>，会员等级</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Defaults…</source>
        <translation>恢复默认…</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 个等级</translation>
    </message>
    <message>
        <source>Top-up bonus %1</source>
        <translation>第 %1 条充值送</translation>
    </message>
    <message>
        <source>Earning: the amount</source>
        <translation>积分获取：金额</translation>
    </message>
    <message>
        <source>Earning: the points</source>
        <translation>积分获取：积分</translation>
    </message>
    <message>
        <source>Paying with points: the points</source>
        <translation>积分抵现：积分数</translation>
    </message>
    <message>
        <source>Paying with points: their worth</source>
        <translation>积分抵现：抵扣金额</translation>
    </message>
    <message>
        <source>Paying with points: at least</source>
        <translation>积分抵现：最少</translation>
    </message>
    <message>
        <source>Paying with points: at most</source>
        <translation>积分抵现：最多</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation>充值送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The preview waits for valid rules.</source>
        <translation>规则有效后才能试算。</translation>
    </message>
    <message>
        <source>Type an amount to see what it earns.</source>
        <translation>输入金额即可看到能得多少积分。</translation>
    </message>
    <message>
        <source>A %1 sale by a %2 earns &lt;b&gt;%3 points&lt;/b&gt;.</source>
        <translation>%2消费 %1 可得 &lt;b&gt;%3 积分&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The tier discount takes %1 off: %2 is paid.</source>
        <translation>等级折扣减 %1：实付 %2。</translation>
    </message>
    <message>
        <source>Points can pay up to %1 of it (%2 points).</source>
        <translation>积分最多可抵 %1（%2 分）。</translation>
    </message>
    <message>
        <source>Points cannot pay any of it (below the minimum).</source>
        <translation>积分不能抵扣（未达最低使用量）。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Rules saved as version %1; sales from now on use them.</source>
        <translation>规则已保存为第 %1 版；此后的销售都按新规则计算。</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>Fill the form with StoreDesk&apos;s default rules? Nothing is saved until you press Save.</source>
        <translation>用 StoreDesk 的默认规则填写表单？按“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>What it gives</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Add promotion…</source>
        <translation>新增促销…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Applied in this order: one line promotion per line (the one that saves most), the tier discount, the member day, the best spend-and-save, coupons, then points.</source>
        <translation>计算顺序：每行商品取最优惠的一个单品促销，然后是会员等级折扣、会员日、最优惠的满减、优惠券，最后是积分抵现。</translation>
    </message>
    <message>
        <source>every %1 spent: %2 off</source>
        <translation>每满 %1 减 %2</translation>
    </message>
    <message>
        <source>%1 spent: %2 off</source>
        <translation>满 %1 减 %2</translation>
    </message>
    <message>
        <source> (at most %1)</source>
        <translation>（最多减 %1）</translation>
    </message>
    <message>
        <source>%1% off %2</source>
        <translation>%2 减 %1%</translation>
    </message>
    <message>
        <source>%1: members get %2% off, points × %3</source>
        <translation>%1：会员减 %2%，积分 × %3</translation>
    </message>
    <message>
        <source>buy %1 of %2, get one free</source>
        <translation>%2 买 %1 送一</translation>
    </message>
    <message>
        <source>, members only</source>
        <translation>，仅限会员</translation>
    </message>
    <message>
        <source>always</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>第 %1 个促销</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Tiers and top-up bonus</source>
        <translation>等级与充值赠送</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::SalesReportView</name>
    <message>
        <source>Members: %1 of net sales</source>
        <translation>会员消费占销售净额 %1</translation>
    </message>
    <message>
        <source>Members and walk-ins</source>
        <translation>会员与散客</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>销售净额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退货量</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation>各支付方式实收</translation>
    </message>
    <message numerus="yes">
        <source>Best %n seller(s)</source>
        <translation>
            <numerusform>销售额前 %n 名商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storedesk::ui::SettingsPage</name>
    <message>
        <source>Up to 4 lines under the store&apos;s name, like 欢迎光临</source>
        <translation>店名下方最多 4 行，如：欢迎光临</translation>
    </message>
    <message>
        <source>Up to 4 lines at the end, like 谢谢惠顾 欢迎再来</source>
        <translation>小票末尾最多 4 行，如：谢谢惠顾 欢迎再来</translation>
    </message>
    <message>
        <source>The store, as its receipts show it</source>
        <translation>门店信息（印在小票上）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>电话(&amp;T)</translation>
    </message>
    <message>
        <source>Receipt &amp;header</source>
        <translation>小票抬头(&amp;H)</translation>
    </message>
    <message>
        <source>Receipt &amp;footer</source>
        <translation>小票结尾(&amp;F)</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>本机时区（%1）</translation>
    </message>
    <message>
        <source>Running the store</source>
        <translation>门店经营</translation>
    </message>
    <message>
        <source>Time &amp;zone (decides a business day)</source>
        <translation>时区(&amp;Z)（决定营业日）</translation>
    </message>
    <message>
        <source>Low stock at or below (unless a product says otherwise)</source>
        <translation>库存不高于此数即为不足（商品另设的除外）</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Restart StoreDesk now</source>
        <translation>立即重启 StoreDesk</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>StoreDesk speaks the new language from its next start.</source>
        <translation>StoreDesk 下次启动时使用新语言。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ShiftCloseDialog</name>
    <message>
        <source>Close shift %1 of %2</source>
        <translation>交班：%2 的第 %1 班</translation>
    </message>
    <message>
        <source>Cash counted in the drawer</source>
        <translation>钱箱实点现金</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s), %1 taken</source>
        <translation>
            <numerusform>%n 笔，实收 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash sales (net)</source>
        <translation>现金销售（净）</translation>
    </message>
    <message>
        <source>Cash top-ups</source>
        <translation>现金充值</translation>
    </message>
    <message>
        <source>Stored value paid out</source>
        <translation>退储值付现</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应收现金</translation>
    </message>
    <message>
        <source>Cash &amp;counted</source>
        <translation>实点现金(&amp;C)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>%1 — the drawer is right</source>
        <translation>%1 — 现金相符</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>长款 %1</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::ShiftOpenDialog</name>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>The cashier&apos;s name</source>
        <translation>收银员姓名</translation>
    </message>
    <message>
        <source>Cash in the drawer, like 500</source>
        <translation>钱箱现金，例如 500</translation>
    </message>
    <message>
        <source>&amp;Cashier</source>
        <translation>收银员(&amp;C)</translation>
    </message>
    <message>
        <source>Opening &amp;float</source>
        <translation>备用金(&amp;F)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::SignInForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN or password</source>
        <translation>PIN 或密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::StockDialog</name>
    <message>
        <source>Stock of %1</source>
        <translation>%1 的库存</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <source>Stocktake: the count is</source>
        <translation>盘点：实际数量为</translation>
    </message>
    <message>
        <source>Breakage or loss</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>In stock now</source>
        <translation>当前库存</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>事项(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>数量(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>库存不变。</translation>
    </message>
    <message>
        <source>%1 → %2 in stock</source>
        <translation>库存 %1 → %2</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::TagsDialog</name>
    <message>
        <source>Tags of %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <source>A new tag, then Enter</source>
        <translation>输入新标签，然后按回车</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Tick the tags this member has:</source>
        <translation>勾选此会员的标签：</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::TopUpDialog</name>
    <message>
        <source>Top up %1</source>
        <translation>为 %1 充值</translation>
    </message>
    <message>
        <source>Amount, like 500</source>
        <translation>金额，如 500</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>当前余额</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>付款方式(&amp;B)</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Enter the amount the member pays.</source>
        <translation>请输入会员支付的金额。</translation>
    </message>
    <message>
        <source>No bonus for this amount.</source>
        <translation>此金额没有赠送。</translation>
    </message>
    <message>
        <source>Bonus %1: the balance grows by %2.</source>
        <translation>赠送 %1：余额增加 %2。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>A PIN of 4 to 12 digits (not 1234 or 0000), or a password of at least 8 characters.</source>
        <translation>4 到 12 位数字的 PIN（不能是 1234、0000 这类），或至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN or password</source>
        <translation>PIN 或密码(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再输一次 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same one twice.</source>
        <translation>两次输入的 PIN 不一致，请输入相同的 PIN。</translation>
    </message>
</context>
<context>
    <name>storedesk::ui::WinBackDialog</name>
    <message>
        <source>Members who have not been back</source>
        <translation>久未到店的会员</translation>
    </message>
    <message>
        <source>Members whose points expire soon</source>
        <translation>积分即将到期的会员</translation>
    </message>
    <message>
        <source>Members with a birthday</source>
        <translation>过生日的会员</translation>
    </message>
    <message>
        <source>Members near the next tier</source>
        <translation>即将升级的会员</translation>
    </message>
    <message>
        <source>The members listed</source>
        <translation>列出的会员</translation>
    </message>
    <message>
        <source>It may name: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <source>Keep this message for this list</source>
        <translation>把这条消息保存为此名单的模板</translation>
    </message>
    <message>
        <source>Whole phone numbers (keep the file safe)</source>
        <translation>完整手机号（请妥善保管文件）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存为 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln members; the file holds them all.</source>
        <translation>
            <numerusform>共 %Ln 位会员，这里显示前 %1 位；文件中包含全部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s).</source>
        <translation>
            <numerusform>共 %Ln 位会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>保存名单</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
</TS>
