<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>warren</name>
    <message>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <source>Your chat history cannot be opened: %1</source>
        <translation>无法打开聊天记录：%1</translation>
    </message>
    <message>
        <source>Re-encrypting the chat history…</source>
        <translation>正在重新加密聊天记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Warren: chat and tunnels over Tox.</source>
        <translation>Warren：基于 Tox 的聊天与隧道。</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>无法保存您的配置文件：%1</translation>
    </message>
    <message>
        <source>Starting with the session could not be changed: %1</source>
        <translation>无法更改登录时启动的设置：%1</translation>
    </message>
    <message>
        <source>Some of your tunnel settings could not be read:
%1</source>
        <translation>无法读取您的部分隧道设置：
%1</translation>
    </message>
</context>
<context>
    <name>warren::AddFriendDialog</name>
    <message>
        <source>&amp;Send request</source>
        <translation>发送请求(&amp;S)</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>76 hexadecimal characters, or a tox: link</source>
        <translation>76 个十六进制字符，或一个 tox: 链接</translation>
    </message>
    <message>
        <source>Tox ID of your friend</source>
        <translation>好友的 Tox ID</translation>
    </message>
    <message>
        <source>Tox ID check</source>
        <translation>Tox ID 检查</translation>
    </message>
    <message>
        <source>Message with the request</source>
        <translation>随请求发送的消息</translation>
    </message>
    <message>
        <source>Hi! Please add me to your friends on Tox.</source>
        <translation>你好！请在 Tox 上加我为好友。</translation>
    </message>
    <message>
        <source>Paste your friend&apos;s Tox ID (they find it under “My Tox ID”) or a tox: link.</source>
        <translation>粘贴好友的 Tox ID（对方可在“我的 Tox ID”中找到）或 tox: 链接。</translation>
    </message>
    <message>
        <source>Tox &amp;ID:</source>
        <translation>Tox ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>This is a valid Tox ID.</source>
        <translation>这是一个有效的 Tox ID。</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
</context>
<context>
    <name>warren::AutoAcceptDialog</name>
    <message>
        <source>&amp;Save files from %1 without asking</source>
        <translation>不询问直接保存来自 %1 的文件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>Receive files from %1</source>
        <translation>接收来自 %1 的文件</translation>
    </message>
    <message>
        <source>Folder for received files</source>
        <translation>接收文件的文件夹</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Largest file saved without asking</source>
        <translation>不询问即保存的最大文件</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>输入有误</translation>
    </message>
    <message>
        <source>Other files still wait for you to accept them. Names are made safe and never overwrite a file.</source>
        <translation>其他文件仍需您接受。文件名会被清理，且绝不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>最大文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <source>The folder must be a full path, such as %1.</source>
        <translation>文件夹必须是完整路径，例如 %1。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
</context>
<context>
    <name>warren::AvatarBinder</name>
    <message>
        <source>Choose your avatar</source>
        <translation>选择您的头像</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be used as an avatar: %2</source>
        <translation>%1 无法用作头像：%2</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
</context>
<context>
    <name>warren::AvatarLabel</name>
    <message>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>Placeholder with the initials %1</source>
        <translation>显示首字母 %1 的占位图</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>warren::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>更改密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>移除密码(&amp;R)</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>配置文件密码</translation>
    </message>
    <message>
        <source>Your profile “%1” is encrypted with a password.</source>
        <translation>您的配置文件“%1”已使用密码加密。</translation>
    </message>
    <message>
        <source>Your profile “%1” has no password yet: anyone who can read your files can use it.</source>
        <translation>您的配置文件“%1”尚未设置密码：任何能读取您文件的人都可以使用它。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>Remove the password? The profile will be stored unencrypted.</source>
        <translation>要移除密码吗？配置文件将以未加密的形式保存。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The chat history could not be re-keyed, nothing was changed: %1</source>
        <translation>无法为聊天记录更换密钥，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>warren::ChatArea</name>
    <message>
        <source>Select a contact to chat with, or add a friend with Ctrl+N.</source>
        <translation>选择一个联系人开始聊天，或按 Ctrl+N 添加好友。</translation>
    </message>
</context>
<context>
    <name>warren::ChatHeader</name>
    <message>
        <source>Chat with %1</source>
        <translation>与 %1 聊天</translation>
    </message>
    <message>
        <source>Presence of %1</source>
        <translation>%1 的在线状态</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>在新窗口中打开</translation>
    </message>
    <message>
        <source>Dock back into the main window</source>
        <translation>停靠回主窗口</translation>
    </message>
</context>
<context>
    <name>warren::ChatPage</name>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>Nobody is typing</source>
        <translation>无人正在输入</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>发给 %1 的消息</translation>
    </message>
    <message>
        <source>Send files (or drop them onto the chat)</source>
        <translation>发送文件（或将文件拖放到聊天中）</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>发送文件</translation>
    </message>
</context>
<context>
    <name>warren::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>warren::ChatWindow</name>
    <message>
        <source>%1 — Warren</source>
        <translation>%1 — Warren</translation>
    </message>
</context>
<context>
    <name>warren::Composer</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>按 Enter 发送消息；按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>输入消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
</context>
<context>
    <name>warren::ContactActions</name>
    <message>
        <source>Chat with %1.txt</source>
        <translation>与 %1 的聊天.txt</translation>
    </message>
    <message>
        <source>Rename contact</source>
        <translation>重命名联系人</translation>
    </message>
    <message>
        <source>The name this computer shows for %1 (leave empty to show the name they chose):</source>
        <translation>此计算机为 %1 显示的名称（留空则显示对方自己选择的名称）：</translation>
    </message>
    <message>
        <source>Block contact</source>
        <translation>屏蔽联系人</translation>
    </message>
    <message>
        <source>Block %1? Their messages and friend requests will be ignored, and they will see you offline. The chat history stays; you can unblock them later.</source>
        <translation>要屏蔽 %1 吗？对方的消息和好友请求将被忽略，并且对方会看到您处于离线状态。聊天记录会保留；您以后可以取消屏蔽。</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>导出聊天</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>无法导出聊天：%1</translation>
    </message>
    <message>
        <source>Delete chat history</source>
        <translation>删除聊天记录</translation>
    </message>
    <message>
        <source>Delete every message of your chat with %1 from this computer? This cannot be undone.</source>
        <translation>要从此计算机删除与 %1 的全部聊天消息吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The history could not be deleted: %1</source>
        <translation>无法删除聊天记录：%1</translation>
    </message>
</context>
<context>
    <name>warren::ContactDelegate</name>
    <message>
        <source>typing…</source>
        <translation>正在输入…</translation>
    </message>
</context>
<context>
    <name>warren::ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Your friends. Select one to chat; double-click to chat in a window of its own.</source>
        <translation>您的好友。选择一位即可聊天；双击可在单独的窗口中聊天。</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>打开聊天</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>在新窗口中打开</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>复制公钥</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Export chat…</source>
        <translation>导出聊天…</translation>
    </message>
    <message>
        <source>Delete chat history…</source>
        <translation>删除聊天记录…</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>屏蔽…</translation>
    </message>
    <message>
        <source>Remove friend…</source>
        <translation>删除好友…</translation>
    </message>
    <message>
        <source>Open a tunnel to…</source>
        <translation>打开隧道到…</translation>
    </message>
    <message>
        <source>Share a port with…</source>
        <translation>与其共享端口…</translation>
    </message>
    <message>
        <source>Receive files automatically…</source>
        <translation>自动接收文件…</translation>
    </message>
    <message>
        <source>Offer a port to…</source>
        <translation>向…提供端口…</translation>
    </message>
</context>
<context>
    <name>warren::ContactModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>, typing</source>
        <translation>，正在输入</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread message(s)</source>
        <translation>
            <numerusform>，%n 条未读消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::ContactsPane</name>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>搜索联系人（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>请求（%1）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Friend requests: %1 pending</source>
        <translation>好友请求：%1 个待处理</translation>
    </message>
</context>
<context>
    <name>warren::CreateProfilePage</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>创建配置文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a new profile&lt;/b&gt;&lt;br&gt;A profile is your Tox identity: your ID, your friends and your name. It is kept in a .tox file that other Tox clients can read.</source>
        <translation>&lt;b&gt;创建新的配置文件&lt;/b&gt;&lt;br&gt;配置文件就是您的 Tox 身份：包括您的 ID、好友和名称。它保存在一个 .tox 文件中，其他 Tox 客户端也能读取。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>Profile name check</source>
        <translation>配置文件名称检查</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Import a .tox file…</source>
        <translation>导入 .tox 文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
</context>
<context>
    <name>warren::FileBinder</name>
    <message>
        <source>Save %1 to</source>
        <translation>将 %1 保存到</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>向 %1 发送文件</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>无法打开文件夹 %1。</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>文件传输</translation>
    </message>
</context>
<context>
    <name>warren::FileDrop</name>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>粘贴的图片 %1</translation>
    </message>
    <message>
        <source>The picture cannot be saved to %1: %2</source>
        <translation>无法将图片保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>warren::ForwardDialog</name>
    <message>
        <source>&amp;Open tunnel</source>
        <translation>打开隧道(&amp;O)</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>打开隧道</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Who may use the tunnel</source>
        <translation>谁可以使用此隧道</translation>
    </message>
    <message>
        <source>Only this computer (127.0.0.1)</source>
        <translation>仅此计算机（127.0.0.1）</translation>
    </message>
    <message>
        <source>Only this computer, IPv6 (::1)</source>
        <translation>仅此计算机，IPv6（::1）</translation>
    </message>
    <message>
        <source>Other address (exposes the tunnel)…</source>
        <translation>其他地址（会暴露隧道）…</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>e.g. 0.0.0.0 or 192.168.1.10</source>
        <translation>例如 0.0.0.0 或 192.168.1.10</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Host at the friend&apos;s side</source>
        <translation>好友一侧的主机</translation>
    </message>
    <message>
        <source>a host name or address, as the friend&apos;s computer sees it</source>
        <translation>主机名或地址（以好友计算机的视角）</translation>
    </message>
    <message>
        <source>Port at the friend&apos;s side</source>
        <translation>好友一侧的端口</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>输入有误</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connections to the local address are carried over Tox to your friend, whose computer connects them to the target. Your friend must share that port with you.</source>
        <translation>发往本地地址的连接会通过 Tox 传送给您的好友，由好友的计算机连接到目标。您的好友必须与您共享该端口。</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>好友(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation>本地端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>目标主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Target p&amp;ort:</source>
        <translation>目标端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Edit tunnel</source>
        <translation>编辑隧道</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the friend whose computer makes the connections (add a friend first).</source>
        <translation>选择由其计算机建立连接的好友（请先添加好友）。</translation>
    </message>
    <message>
        <source>Enter the IP address to listen on.</source>
        <translation>请输入要监听的 IP 地址。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address of this computer.</source>
        <translation>“%1”不是此计算机的 IP 地址。</translation>
    </message>
    <message>
        <source>Enter the host your friend&apos;s computer connects to (127.0.0.1 is your friend&apos;s computer itself).</source>
        <translation>请输入好友计算机要连接的主机（127.0.0.1 即好友的计算机本身）。</translation>
    </message>
    <message>
        <source>A host name has no spaces.</source>
        <translation>主机名不能包含空格。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; anyone who can reach %1 on your network can use this tunnel to reach your friend&apos;s service, as if they were you.</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;网络中任何能访问 %1 的人都可以通过此隧道以您的身份访问好友的服务。</translation>
    </message>
</context>
<context>
    <name>warren::ForwardModel</name>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>未在监听</translation>
    </message>
    <message>
        <source>Listening, friend offline</source>
        <translation>正在监听，好友离线</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <source>Listens on %1: anyone who can reach this address can use the tunnel to your friend.</source>
        <translation>正在 %1 上监听：任何能访问此地址的人都可以使用通往您好友的隧道。</translation>
    </message>
    <message>
        <source> (any free port)</source>
        <translation>（任意空闲端口）</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>Target at the friend</source>
        <translation>好友处的目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已传输</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>到好友的路径</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <source>%1 offered you this port. Removing the forward tells them you no longer use it.</source>
        <translation>%1 向你提供了这个端口。删除此转发会告知对方你不再使用它。</translation>
    </message>
    <message>
        <source>%1, offered by %2</source>
        <translation>%1，由 %2 提供</translation>
    </message>
    <message>
        <source>%1, offered by %2: %3</source>
        <translation>%1，由 %2 提供：%3</translation>
    </message>
</context>
<context>
    <name>warren::HistorySearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Words to find in all chats</source>
        <translation>要在所有聊天中查找的词语</translation>
    </message>
    <message>
        <source>Matching messages</source>
        <translation>匹配的消息</translation>
    </message>
    <message>
        <source>Type words to find them in every chat.</source>
        <translation>输入词语，在所有聊天中查找。</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>没有消息包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest matching message(s); add words to narrow the search.</source>
        <translation>
            <numerusform>最新的 %n 条匹配消息；添加更多词语可缩小搜索范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching message(s).</source>
        <translation>
            <numerusform>%n 条匹配的消息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <source>&amp;Warren</source>
        <translation>&amp;Warren</translation>
    </message>
    <message>
        <source>&amp;Add friend…</source>
        <translation>添加好友(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Friend &amp;requests…</source>
        <translation>好友请求(&amp;R)…</translation>
    </message>
    <message>
        <source>My Tox &amp;ID…</source>
        <translation>我的 Tox ID(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>更改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>搜索联系人(&amp;S)</translation>
    </message>
    <message>
        <source>Search &amp;messages…</source>
        <translation>搜索消息(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>下一个聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>上一个聊天(&amp;P)</translation>
    </message>
    <message>
        <source>Open chat in new &amp;window</source>
        <translation>在新窗口中打开聊天(&amp;W)</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <translation>删除好友</translation>
    </message>
    <message>
        <source>Remove %1 from your friends? The chat history stays on this computer.</source>
        <translation>要将 %1 从好友中删除吗？聊天记录会保留在此计算机上。</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>&amp;Tunnels</source>
        <translation>隧道(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>T&amp;ransfers…</source>
        <translation>传输(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
</context>
<context>
    <name>warren::MessageDelegate</name>
    <message>
        <source>%1 · waiting for your friend</source>
        <translation>%1 · 等待好友上线</translation>
    </message>
    <message>
        <source>%1 · not sent — click to retry</source>
        <translation>%1 · 未发送 — 点击重试</translation>
    </message>
</context>
<context>
    <name>warren::MessageModel</name>
    <message>
        <source>queued until your friend is online</source>
        <translation>排队中，等待好友上线</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>failed, activate to retry</source>
        <translation>发送失败，激活以重试</translation>
    </message>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>您，%1，%2：%3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>You, %1, file: %2</source>
        <translation>您，%1，文件：%2</translation>
    </message>
    <message>
        <source>%1, %2, file: %3</source>
        <translation>%1，%2，文件：%3</translation>
    </message>
</context>
<context>
    <name>warren::MyIdDialog</name>
    <message>
        <source>&amp;Save QR code…</source>
        <translation>保存二维码(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;New nospam…</source>
        <translation>新的 nospam(&amp;N)…</translation>
    </message>
    <message>
        <source>My Tox ID</source>
        <translation>我的 Tox ID</translation>
    </message>
    <message>
        <source>Give this ID (or let your friend scan the code) to be added as a friend.</source>
        <translation>把这个 ID 告诉对方（或让好友扫描二维码），即可被添加为好友。</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>您的 Tox ID</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy your Tox ID</source>
        <translation>复制您的 Tox ID</translation>
    </message>
    <message>
        <source>Your tox: link</source>
        <translation>您的 tox: 链接</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy your tox: link</source>
        <translation>复制您的 tox: 链接</translation>
    </message>
    <message>
        <source>QR code of your Tox ID</source>
        <translation>您的 Tox ID 的二维码</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>将二维码保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Get a new Tox ID with a new nospam</source>
        <translation>使用新的 nospam 获取新的 Tox ID</translation>
    </message>
    <message>
        <source>Changes the end of your Tox ID, so that the old ID no longer works for new friend requests (stops spam). Your friends keep you.</source>
        <translation>更改您 Tox ID 的末尾部分，使旧 ID 无法再用于新的好友请求（防止垃圾请求）。现有好友不受影响。</translation>
    </message>
    <message>
        <source>(starting…)</source>
        <translation>（正在启动…）</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>New nospam</source>
        <translation>新的 nospam</translation>
    </message>
    <message>
        <source>Your Tox ID will change. The old ID stops working for new friend requests, so people who only have the old one cannot add you any more. Friends you already have are not affected.

Get a new Tox ID?</source>
        <translation>您的 Tox ID 将会改变。旧 ID 将无法再用于新的好友请求，只知道旧 ID 的人将无法再添加您。现有好友不受影响。

要获取新的 Tox ID 吗？</translation>
    </message>
</context>
<context>
    <name>warren::Notifier</name>
    <message>
        <source>Friend request from %1</source>
        <translation>来自 %1 的好友请求</translation>
    </message>
    <message>
        <source>%1 offers a file</source>
        <translation>%1 发来一个文件</translation>
    </message>
</context>
<context>
    <name>warren::OfferDialog</name>
    <message>
        <source>&amp;Offer</source>
        <translation>提供(&amp;O)</translation>
    </message>
    <message>
        <source>Offer a port</source>
        <translation>提供端口</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>可选，例如 SSH</translation>
    </message>
    <message>
        <source>Your friend is asked first. If they accept, they reach this port through a port of their own, until you withdraw the offer.</source>
        <translation>会先询问您的好友。如果对方接受，就能通过自己的一个端口访问此端口，直到您撤回提供。</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>好友(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose the friend you offer the port to (add a friend first).</source>
        <translation>请选择要向其提供端口的好友（请先添加好友）。</translation>
    </message>
    <message>
        <source>Enter the port you offer, e.g. 22.</source>
        <translation>请输入要提供的端口，例如 22。</translation>
    </message>
    <message>
        <source>Enter the host: 127.0.0.1 for this computer.</source>
        <translation>请输入主机：127.0.0.1 表示本机。</translation>
    </message>
</context>
<context>
    <name>warren::OffersPage</name>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>拒绝(&amp;C)</translation>
    </message>
    <message>
        <source>Ports I offer</source>
        <translation>我提供的端口</translation>
    </message>
    <message>
        <source>Ports offered to me</source>
        <translation>提供给我的端口</translation>
    </message>
    <message>
        <source>O&amp;ffer a port…</source>
        <translation>提供端口(&amp;F)…</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>提供已撤回</translation>
    </message>
    <message>
        <source>%1 withdrew the port they offered (%2); its forward was removed.</source>
        <translation>%1 撤回了所提供的端口（%2）；其转发已移除。</translation>
    </message>
    <message>
        <source>Port offered</source>
        <translation>收到端口提供</translation>
    </message>
    <message>
        <source>%1 offers you their port %2 (%3). Accept it, to reach it through a port on this computer?</source>
        <translation>%1 向您提供其端口 %2（%3）。是否接受，通过本机的一个端口访问它？</translation>
    </message>
    <message>
        <source>waiting for the friend to come online</source>
        <translation>等待好友上线</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>accepted on port %1</source>
        <translation>已接受，端口 %1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>removed by the friend</source>
        <translation>已被好友移除</translation>
    </message>
    <message>
        <source>this friend does not support remote forwards</source>
        <translation>此好友不支持远程转发</translation>
    </message>
</context>
<context>
    <name>warren::PasswordFields</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>密码提示</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>确认密码(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read your files can use this profile.</source>
        <translation>没有密码时，任何能读取您文件的人都可以使用此配置文件。</translation>
    </message>
    <message>
        <source>No keychain to remember the password in: %1</source>
        <translation>没有可用于记住密码的钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>warren::ProfileListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建配置文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Use a .tox profile from another Tox client (qTox, toxic, uTox…)</source>
        <translation>使用其他 Tox 客户端（qTox、toxic、uTox…）的 .tox 配置文件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;选择配置文件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation>%1（有密码）</translation>
    </message>
</context>
<context>
    <name>warren::ProfileScreen</name>
    <message>
        <source>Warren — profile</source>
        <translation>Warren — 配置文件</translation>
    </message>
    <message>
        <source>The password remembered in the keychain did not work. Enter the password.</source>
        <translation>钥匙串中记住的密码无效。请输入密码。</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
    <message>
        <source>Import a Tox profile</source>
        <translation>导入 Tox 配置文件</translation>
    </message>
    <message>
        <source>Tox profiles (*.tox);;All files (*)</source>
        <translation>Tox 配置文件 (*.tox);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>warren::RequestInbox</name>
    <message>
        <source>No pending friend requests.</source>
        <translation>没有待处理的好友请求。</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>好友请求</translation>
    </message>
    <message>
        <source>Pending friend requests</source>
        <translation>待处理的好友请求</translation>
    </message>
    <message>
        <source>Accept the selected friend request</source>
        <translation>接受所选的好友请求</translation>
    </message>
    <message>
        <source>Decline the selected friend request</source>
        <translation>拒绝所选的好友请求</translation>
    </message>
    <message>
        <source>People who want to add you as a friend:</source>
        <translation>想添加您为好友的人：</translation>
    </message>
</context>
<context>
    <name>warren::RequestModel</name>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>Request from %1, %2: %3</source>
        <translation>来自 %1 的请求，%2：%3</translation>
    </message>
</context>
<context>
    <name>warren::SearchResultModel</name>
    <message>
        <source>You to %1, %2</source>
        <translation>您发给 %1，%2</translation>
    </message>
    <message>
        <source>%1 to you, %2</source>
        <translation>%1 发给您，%2</translation>
    </message>
</context>
<context>
    <name>warren::SelfHeader</name>
    <message>
        <source>Your avatar</source>
        <translation>您的头像</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名称</translation>
    </message>
    <message>
        <source>Your name, as your friends see it. Click to change.</source>
        <translation>好友看到的您的名称。点击可更改。</translation>
    </message>
    <message>
        <source>Set a status message</source>
        <translation>设置状态消息</translation>
    </message>
    <message>
        <source>Your status message</source>
        <translation>您的状态消息</translation>
    </message>
    <message>
        <source>Connection to the Tox network</source>
        <translation>与 Tox 网络的连接</translation>
    </message>
    <message>
        <source>My Tox ID (Ctrl+I)</source>
        <translation>我的 Tox ID（Ctrl+I）</translation>
    </message>
    <message>
        <source>Show my Tox ID</source>
        <translation>显示我的 Tox ID</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>已连接（%1）</translation>
    </message>
    <message>
        <source>Your avatar, as your friends see it. Click to change.</source>
        <translation>您的头像（好友看到的样子）。点击可更改。</translation>
    </message>
    <message>
        <source>Set avatar…</source>
        <translation>设置头像…</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>移除头像</translation>
    </message>
</context>
<context>
    <name>warren::SettingsDialog</name>
    <message>
        <source>Start Warren when I log in</source>
        <translation>登录时启动 Warren</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>启动时最小化到系统托盘</translation>
    </message>
    <message>
        <source>The new language is used the next time Warren starts.</source>
        <translation>新语言将在下次启动 Warren 时生效。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>warren::ShareDialog</name>
    <message>
        <source>&amp;Share</source>
        <translation>共享(&amp;S)</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>共享端口</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Host the friend may reach</source>
        <translation>好友可访问的主机</translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer; * is any host</source>
        <translation>127.0.0.1 表示此计算机；* 表示任意主机</translation>
    </message>
    <message>
        <source>Ports the friend may reach</source>
        <translation>好友可访问的端口</translation>
    </message>
    <message>
        <source>22, or a range such as 8000-8080, or *</source>
        <translation>22、8000-8080 或 *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>可选，例如 SSH</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>输入有误</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your friend can then open tunnels through your computer to this host and these ports, and to nothing else.</source>
        <translation>之后，您的好友可以通过您的计算机打开到此主机和这些端口的隧道，且仅限于此。</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>好友(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>编辑共享端口</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the friend you share with (add a friend first).</source>
        <translation>选择要与之共享的好友（请先添加好友）。</translation>
    </message>
    <message>
        <source>Enter the host your friend may reach: 127.0.0.1 for this computer.</source>
        <translation>请输入好友可以访问的主机：127.0.0.1 表示此计算机。</translation>
    </message>
    <message>
        <source>Enter the port your friend may reach, e.g. 22.</source>
        <translation>请输入好友可以访问的端口，例如 22。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; a * lets your friend reach any host or any port your computer can reach.</source>
        <translation>&lt;b&gt;注意：&lt;/b&gt;* 表示您的好友可以访问您的计算机能访问的任意主机或任意端口。</translation>
    </message>
</context>
<context>
    <name>warren::ShareModel</name>
    <message>
        <source>Any host (*)</source>
        <translation>任意主机（*）</translation>
    </message>
    <message>
        <source>Any port (*)</source>
        <translation>任意端口（*）</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Host they may reach</source>
        <translation>可访问的主机</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>You offered this port and your friend accepted it. Withdraw it under &quot;Offered ports&quot;.</source>
        <translation>你提供了这个端口，好友已接受。可在“提供的端口”中撤回。</translation>
    </message>
    <message>
        <source>Offered by you</source>
        <translation>由你提供</translation>
    </message>
    <message>
        <source>Offered by you: %1</source>
        <translation>由你提供：%1</translation>
    </message>
</context>
<context>
    <name>warren::StatusSelector</name>
    <message>
        <source>Your status</source>
        <translation>您的状态</translation>
    </message>
</context>
<context>
    <name>warren::StreamModel</name>
    <message>
        <source>Friend → my port</source>
        <translation>好友 → 我的端口</translation>
    </message>
    <message>
        <source>Me → friend</source>
        <translation>我 → 好友</translation>
    </message>
    <message>
        <source>Shared port</source>
        <translation>共享端口</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Local side</source>
        <translation>本地端</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>到好友的路径</translation>
    </message>
</context>
<context>
    <name>warren::TransferCard</name>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>保存到…</translation>
    </message>
    <message>
        <source>Save %1 to a folder…</source>
        <translation>将 %1 保存到文件夹…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>在文件夹中显示 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>继续 %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>重试 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
</context>
<context>
    <name>warren::TransferFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Waiting for %1 to come online</source>
        <translation>等待 %1 上线</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept</source>
        <translation>等待 %1 接受</translation>
    </message>
    <message>
        <source>%1 offers this file</source>
        <translation>%1 发来了此文件</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>Paused by you and by %1</source>
        <translation>已被您和 %1 暂停</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>已被 %1 暂停</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Interrupted: it will continue when %1 is back</source>
        <translation>已中断：%1 回来后将继续</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>已被你暂停</translation>
    </message>
</context>
<context>
    <name>warren::TransferModel</name>
    <message>
        <source>to %1</source>
        <translation>发给 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1，%2，%3：%4</translation>
    </message>
</context>
<context>
    <name>warren::TransfersView</name>
    <message>
        <source>No file transfers yet. Drop files onto a chat or a contact to send them.</source>
        <translation>暂无文件传输。将文件拖放到聊天或联系人上即可发送。</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <source>Close the transfers window</source>
        <translation>关闭传输窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s), %1 under way</source>
        <translation>
            <numerusform>%n 个传输，%1 个进行中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::TrayIcon</name>
    <message>
        <source>&amp;Show Warren</source>
        <translation>显示 Warren(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Warren — %n unread</source>
        <translation>
            <numerusform>Warren — %n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
</context>
<context>
    <name>warren::TunnelFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>↑ %1  ↓ %2</source>
        <translation>↑ %1  ↓ %2</translation>
    </message>
    <message>
        <source>Direct (UDP)</source>
        <translation>直连（UDP）</translation>
    </message>
    <message>
        <source>TCP relay</source>
        <translation>TCP 中继</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1, %2 ms</source>
        <translation>%1，%2 毫秒</translation>
    </message>
</context>
<context>
    <name>warren::TunnelManager</name>
    <message>
        <source>Your tunnel settings could not be saved: %1</source>
        <translation>无法保存您的隧道设置：%1</translation>
    </message>
    <message>
        <source>The port could not be offered: %1</source>
        <translation>无法提供端口：%1</translation>
    </message>
</context>
<context>
    <name>warren::TunnelsPanel</name>
    <message>
        <source>My forwards</source>
        <translation>我的转发</translation>
    </message>
    <message>
        <source>Ports shared with friends</source>
        <translation>与好友共享的端口</translation>
    </message>
    <message>
        <source>Open streams</source>
        <translation>打开的连接</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit forward</source>
        <translation>编辑转发</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove forward</source>
        <translation>删除转发</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Start forward</source>
        <translation>启动转发</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop forward</source>
        <translation>停止转发</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>编辑共享端口</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Stop sharing this port</source>
        <translation>停止共享此端口</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>Tunnel lists</source>
        <translation>隧道列表</translation>
    </message>
    <message>
        <source>Local addresses whose connections are carried to a host and port at a friend&apos;s side.</source>
        <translation>本地地址，其连接会被传送到好友一侧的主机和端口。</translation>
    </message>
    <message>
        <source>What each friend may reach through this computer; the rest is denied.</source>
        <translation>每位好友可通过此计算机访问的内容；其余一律拒绝。</translation>
    </message>
    <message>
        <source>Connections open through tunnels now, both ways.</source>
        <translation>当前通过隧道打开的连接（双向）。</translation>
    </message>
    <message>
        <source>&amp;Open a tunnel…</source>
        <translation>打开隧道(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>打开隧道</translation>
    </message>
    <message>
        <source>&amp;Share a port…</source>
        <translation>共享端口(&amp;S)…</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>共享端口</translation>
    </message>
    <message>
        <source>Friends can reach only the hosts and ports listed here; every other request is denied.</source>
        <translation>好友只能访问此处列出的主机和端口；其他请求一律拒绝。</translation>
    </message>
    <message>
        <source>Shared ports</source>
        <translation>共享的端口</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 到 %3 处的 %2</translation>
    </message>
    <message>
        <source>Remove the forward %1? Connections open through it stay open until they close.</source>
        <translation>要删除转发 %1 吗？已通过它打开的连接会保持打开，直到自行关闭。</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Stop sharing %1:%2 with %3? Connections already open stay open until they close.</source>
        <translation>要停止与 %3 共享 %1:%2 吗？已打开的连接会保持打开，直到自行关闭。</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>%1 的列</translation>
    </message>
    <message>
        <source>Offered ports</source>
        <translation>提供的端口</translation>
    </message>
    <message>
        <source>A forward you accepted from a friend&apos;s offer cannot be edited.</source>
        <translation>从好友提供中接受的转发无法编辑。</translation>
    </message>
</context>
<context>
    <name>warren::UnlockPage</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>配置文件密码</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 受密码保护。</translation>
    </message>
    <message>
        <source>Remember the password (no keychain: %1)</source>
        <translation>记住密码（没有钥匙串：%1）</translation>
    </message>
</context>
<context>
    <name>warren::icons</name>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
</context>
</TS>
