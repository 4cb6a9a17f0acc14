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
        <source>Usage: storedeskctl [--db PATH] [--format json|csv|text] COMMAND ...

StoreDesk from the command line: answers in JSON on standard output; errors as {&quot;error&quot;: {&quot;code&quot;, &quot;message&quot;}} on standard error.

Commands:
</source>
        <translation>用法：storedeskctl [--db PATH] [--format json|csv|text] COMMAND ...

StoreDesk 命令行工具：结果以 JSON 输出到标准输出；出错时在标准错误输出 {&quot;error&quot;: {&quot;code&quot;, &quot;message&quot;}}。

命令：
</translation>
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
        <source>Registers a member and answers with it.</source>
        <translation>登记会员并返回会员信息。</translation>
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
        <source>Fills the store with a sample shop: products with valid barcodes and members with valid phones. The same seed gives the same data.</source>
        <translation>用示例数据填充门店：带有效条码的商品和带有效手机号的会员。相同的种子生成相同的数据。</translation>
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
        <source>Posts every points expiry that is due and reviews tiers whose window has passed.</source>
        <translation>处理所有到期的积分，并复核考核期已满的会员等级。</translation>
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
        <source>A category name has at most %1 characters.</source>
        <translation>分类名称最多 %1 个字。</translation>
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
</context>
<context>
    <name>storedesk::core::Clock</name>
    <message>
        <source>STOREDESK_NOW is “%1”, which is not an ISO 8601 date and time (example: 2026-11-22T09:30:00+08:00).</source>
        <translation>STOREDESK_NOW 的值“%1”不是 ISO 8601 日期时间（例如 2026-11-22T09:30:00+08:00）。</translation>
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
</context>
<context>
    <name>storedesk::core::DemoStore</name>
    <message>
        <source>The number of %1 must be between 0 and 20000000.</source>
        <translation>--%1 的数量须在 0 到 20000000 之间。</translation>
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
</context>
<context>
    <name>storedesk::core::StoredValueLedger</name>
    <message>
        <source>The stored value balance is %1, less than %2.</source>
        <translation>储值余额为 %1，少于 %2。</translation>
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
    <name>storedesk::ui</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
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
</context>
<context>
    <name>storedesk::ui::MemberSearchModel</name>
    <message>
        <source>This membership is frozen.</source>
        <translation>该会员已冻结。</translation>
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
        <source>Card</source>
        <translation>会员卡</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
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
        <source>Edit member…</source>
        <translation>编辑会员…</translation>
    </message>
    <message>
        <source>No member matches “%1”. Press F2 to register one.</source>
        <translation>没有与“%1”匹配的会员。按 F2 登记新会员。</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow the search.</source>
        <translation>只显示前 %1 条结果；请输入更多内容缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found.</source>
        <translation>
            <numerusform>找到 %n 位会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 已成为会员。</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>未选择会员</translation>
    </message>
    <message>
        <source>Search above, or press F2 to register a new member.</source>
        <translation>在上方查找，或按 F2 登记新会员。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
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
        <source>Gender</source>
        <translation>性别</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
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
        <source>&amp;New member</source>
        <translation>新会员(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the store; the newest are listed.</source>
        <translation>
            <numerusform>门店共有 %n 位会员；下面列出最新入会的会员。</numerusform>
        </translation>
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
        <source>Enter takes the amount; a smaller amount splits the payment. ↑/↓ change the method, Esc goes back to the cart.</source>
        <translation>回车确认收款；金额不足时可分笔付款。↑/↓ 切换付款方式，Esc 返回购物车。</translation>
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
</TS>
