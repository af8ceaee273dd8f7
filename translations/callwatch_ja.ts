<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActiveCallsPage</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON ではありません（バイト %2 で %1）</translation>
    </message>
    <message>
        <source>the answer has no records list</source>
        <translation>応答に records の一覧がありません</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>サーバーが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>サーバーの証明書は信頼されていません</translation>
    </message>
    <message>
        <source>Refused to send credentials over an insecure connection</source>
        <translation>安全でない接続では認証情報を送信しません</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read</source>
        <translation>サーバーの応答を読み取れません</translation>
    </message>
    <message>
        <source>RingCentral&apos;s rate limit was reached</source>
        <translation>RingCentral のレート制限に達しました</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>サインインが必要です</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>The server redirected the request</source>
        <translation>サーバーがリクエストをリダイレクトしました</translation>
    </message>
    <message numerus="yes">
        <source>RingCentral&apos;s rate limit was reached; the next request is allowed in %n s</source>
        <translation>
            <numerusform>RingCentral のレート制限に達しました。次のリクエストは %n 秒後に可能です</numerusform>
        </translation>
    </message>
    <message>
        <source>the app lacks the %1 permission (add it to the app in the RingCentral Developer Console)</source>
        <translation>アプリに %1 権限がありません（RingCentral Developer Console でアプリに追加してください）</translation>
    </message>
    <message>
        <source>the app lacks a permission (see the app in the RingCentral Developer Console)</source>
        <translation>アプリに権限が不足しています（RingCentral Developer Console でアプリを確認してください）</translation>
    </message>
    <message>
        <source>your user lacks the %1 permission (an administrator can grant it)</source>
        <translation>ユーザーに %1 権限がありません（管理者が付与できます）</translation>
    </message>
    <message>
        <source>your user lacks a permission (an administrator can grant it)</source>
        <translation>ユーザーに権限が不足しています（管理者が付与できます）</translation>
    </message>
    <message>
        <source>the %1 permission is missing</source>
        <translation>%1 権限がありません</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write CSV: no output device</source>
        <translation>CSV を書き込めませんでした: 出力先がありません</translation>
    </message>
    <message>
        <source>Could not write CSV: the output is not open for writing</source>
        <translation>CSV を書き込めませんでした: 出力先が書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>the device took %1 of %2 bytes</source>
        <translation>出力先が受け取ったのは %2 バイト中 %1 バイトです</translation>
    </message>
    <message>
        <source>Could not write CSV: %1</source>
        <translation>CSV を書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Demo notice</source>
        <translation>デモのお知らせ</translation>
    </message>
    <message>
        <source>Demo mode: every call shown here is simulated on this computer. Nothing is sent to RingCentral.</source>
        <translation>デモモード: ここに表示される通話はすべてこのコンピューター上で模擬したものです。RingCentral には何も送信されません。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>アクティブな通話</translation>
    </message>
    <message>
        <source>Ringing or connecting</source>
        <translation>呼び出し中または接続中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Longest call now</source>
        <translation>現在最長の通話</translation>
    </message>
    <message>
        <source>Recently ended</source>
        <translation>最近終了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>サインアウト(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>会社(&amp;C)</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>アカウントのすべての通話</translation>
    </message>
    <message>
        <source>&amp;My calls</source>
        <translation>自分の通話(&amp;M)</translation>
    </message>
    <message>
        <source>The calls of your own extension</source>
        <translation>自分の内線の通話</translation>
    </message>
    <message>
        <source>Show recently &amp;ended</source>
        <translation>最近終了した通話を表示(&amp;E)</translation>
    </message>
    <message>
        <source>Calls that ended in the last two minutes, greyed</source>
        <translation>直近 2 分以内に終了した通話（灰色表示）</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the calls now (as soon as the rate limit allows)</source>
        <translation>今すぐ通話を取得します（レート制限が許す限り早く）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop refreshing; the table keeps what it shows</source>
        <translation>更新を停止します。表の内容はそのまま残ります</translation>
    </message>
    <message>
        <source>&amp;About CallWatch</source>
        <translation>CallWatch について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>アラート(&amp;A)…</translation>
    </message>
    <message>
        <source>Which calls to mark: long calls, long holds, long waits, unanswered ringing</source>
        <translation>印を付ける通話: 長い通話、長い保留、長い待ち、応答のない呼び出し</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Open the window on the built-in RingCentral simulator; no account needed.</source>
        <translation>内蔵の RingCentral シミュレーターでウィンドウを開きます（アカウント不要）。</translation>
    </message>
    <message>
        <source>Print one snapshot of the active calls and exit (no window, no display).</source>
        <translation>アクティブな通話のスナップショットを 1 回出力して終了します（ウィンドウ・ディスプレイ不要）。</translation>
    </message>
    <message>
        <source>With --once: &apos;account&apos; (every call; administrators) or &apos;extension&apos; (yours).</source>
        <translation>--once と併用: 「account」（すべての通話、管理者のみ）または「extension」（自分の通話）。</translation>
    </message>
    <message>
        <source>With --once: &apos;csv&apos; or &apos;json&apos;.</source>
        <translation>--once と併用: 「csv」または「json」。</translation>
    </message>
    <message>
        <source>With --once: the file to write, or &apos;-&apos; for standard output.</source>
        <translation>--once と併用: 書き込むファイル。標準出力には「-」。</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>FILE|-</translation>
    </message>
    <message>
        <source>Save a picture of the window once it shows calls, then exit.</source>
        <translation>通話が表示されたらウィンドウの画像を保存して終了します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use a &apos;light&apos; or &apos;dark&apos; palette instead of the system&apos;s.</source>
        <translation>システムの配色の代わりに「light」（明）または「dark」（暗）の配色を使います。</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>システムの言語の代わりにこの言語を使います: %1。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>RingCentral アカウントで進行中の通話をリアルタイムに表示するダッシュボード。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>予期しない引数「%1」（--help を参照）</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; choose one of: %2</source>
        <translation>--lang: 「%1」の翻訳はありません。次から選んでください: %2</translation>
    </message>
    <message>
        <source>--demo and --once cannot be combined</source>
        <translation>--demo と --once は同時に指定できません</translation>
    </message>
    <message>
        <source>--%1 only applies to --once</source>
        <translation>--%1 は --once とだけ併用できます</translation>
    </message>
    <message>
        <source>--screenshot and --palette need the window, not --once</source>
        <translation>--screenshot と --palette はウィンドウ用です。--once とは併用できません</translation>
    </message>
    <message>
        <source>--palette must be &apos;light&apos; or &apos;dark&apos;</source>
        <translation>--palette は「light」か「dark」を指定してください</translation>
    </message>
    <message>
        <source>--scope must be &apos;account&apos; or &apos;extension&apos;, not &apos;%1&apos;</source>
        <translation>--scope は「account」か「extension」を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>--format must be &apos;csv&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
        <translation>--format は「csv」か「json」を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>--output needs a file name, or &apos;-&apos; for standard output</source>
        <translation>--output にはファイル名を指定してください（標準出力には「-」）</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1（--help を参照）</translation>
    </message>
    <message>
        <source>With --once: give up after this many seconds (exit 5; default 120).</source>
        <translation>--once と併用: この秒数で諦めます（終了コード 5、既定は 120）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>--timeout は 1 から 86400 までの整数の秒数にしてください（&apos;%1&apos; は不可）</translation>
    </message>
</context>
<context>
    <name>SavedSignIn</name>
    <message>
        <source>no sign-in is saved</source>
        <translation>保存されたサインイン情報がありません</translation>
    </message>
    <message>
        <source>no JWT credential is saved for this profile</source>
        <translation>このプロファイルには JWT 認証情報が保存されていません</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to RingCentral</source>
        <translation>RingCentral にサインイン</translation>
    </message>
    <message>
        <source>CallWatch signs in with a JWT credential. The client ID and client secret belong to your app in the RingCentral Developer Console; the JWT credential belongs to your user.</source>
        <translation>CallWatch は JWT 認証情報でサインインします。クライアント ID とクライアントシークレットは RingCentral Developer Console のアプリのもの、JWT 認証情報はユーザーのものです。</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>サインインについて</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>The RingCentral platform to sign in to</source>
        <translation>サインイン先の RingCentral プラットフォーム</translation>
    </message>
    <message>
        <source>RingCentral (production)</source>
        <translation>RingCentral（本番）</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>カスタム URL…</translation>
    </message>
    <message>
        <source>Custom &amp;URL:</source>
        <translation>カスタム URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>カスタムサーバー URL</translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation>サーバー URL の問題</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>クライアント ID の問題</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E)：</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>クライアントシークレットを表示</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>クライアントシークレットを表示</translation>
    </message>
    <message>
        <source>Leave empty for a public app (an app without a client secret).</source>
        <translation>公開アプリ（クライアントシークレットのないアプリ）の場合は空欄のままにします。</translation>
    </message>
    <message>
        <source>Client secret hint</source>
        <translation>クライアントシークレットのヒント</translation>
    </message>
    <message>
        <source>&amp;JWT credential:</source>
        <translation>JWT 認証情報(&amp;J)：</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <translation>JWT 認証情報</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>JWT 認証情報を表示</translation>
    </message>
    <message>
        <source>Show JWT credential</source>
        <translation>JWT 認証情報を表示</translation>
    </message>
    <message>
        <source>JWT credential problem</source>
        <translation>JWT 認証情報の問題</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in once with these values, check what you may read, and sign out again</source>
        <translation>この値で一度サインインし、読み取れる範囲を確認してからサインアウトします</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>デモを試す(&amp;D)</translation>
    </message>
    <message>
        <source>Run CallWatch against a built-in simulator; no account needed</source>
        <translation>内蔵シミュレーターで CallWatch を実行します（アカウント不要）</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Could not write JSON: %1</source>
        <translation>JSON を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The output is not open for writing</source>
        <translation>出力先が書き込み用に開かれていません</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not export to %1: the folder %2 does not exist.</source>
        <translation>%1 にエクスポートできませんでした: フォルダー %2 が存在しません。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2 is not a folder.</source>
        <translation>%1 にエクスポートできませんでした: %2 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Could not export to %1: that is a folder, not a file.</source>
        <translation>%1 にエクスポートできませんでした: ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Could not export to %1: the folder %2 is not writable. Choose another folder.</source>
        <translation>%1 にエクスポートできませんでした: フォルダー %2 に書き込めません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Could not export to %1: the file is read-only.</source>
        <translation>%1 にエクスポートできませんでした: ファイルは読み取り専用です。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>%1 にエクスポートできませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation>エクスポートできませんでした: ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>callwatch::AboutDialog</name>
    <message>
        <source>About CallWatch</source>
        <translation>CallWatch について</translation>
    </message>
    <message>
        <source>CallWatch icon</source>
        <translation>CallWatch のアイコン</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>RingCentral アカウントで進行中の通話をリアルタイムに表示するダッシュボード。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（Qt %2 でビルド）</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt のバージョン</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>プロジェクトのページ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsFeed</name>
    <message>
        <source>the list&apos;s next page points back at a page already read</source>
        <translation>一覧の次のページが既に読んだページを指しています</translation>
    </message>
    <message>
        <source>the list goes on past %1 pages</source>
        <translation>一覧が %1 ページを超えています</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsModel</name>
    <message>
        <source>Live</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>着信</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>発信元：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先：</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>通話時間：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>トランスポート：</translation>
    </message>
    <message>
        <source>Internal type:</source>
        <translation>内部種別：</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>レコード ID：</translation>
    </message>
    <message>
        <source>Session id:</source>
        <translation>セッション ID：</translation>
    </message>
    <message>
        <source>Telephony session:</source>
        <translation>テレフォニーセッション：</translation>
    </message>
    <message>
        <source>Party id:</source>
        <translation>パーティー ID：</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>初回検出：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>From</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>内線</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>セッション ID</translation>
    </message>
    <message>
        <source>Telephony session id</source>
        <translation>テレフォニーセッション ID</translation>
    </message>
    <message numerus="yes">
        <source>Ringing · %n agents</source>
        <translation>
            <numerusform>呼び出し中 · エージェント %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>呼び出し中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー待機中</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>会話中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>パーク中</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>ボイスメール</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Ended · %1</source>
        <translation>終了 · %1</translation>
    </message>
    <message>
        <source>a live call event at %1</source>
        <translation>%1 のリアルタイムの通話イベント</translation>
    </message>
    <message>
        <source>presence, read at %1 when live events started</source>
        <translation>リアルタイムイベント開始時（%1）に読み取ったプレゼンス</translation>
    </message>
    <message>
        <source>a check of this call at %1</source>
        <translation>%1 に行ったこの通話の確認</translation>
    </message>
    <message>
        <source>the active-calls list read at %1 (it lags calls by seconds and cannot tell ringing or holding)</source>
        <translation>%1 に読み取ったアクティブな通話の一覧（実際の通話より数秒遅れ、呼び出し中や保留中は区別できません）</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>State from:</source>
        <translation>状態の取得元：</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>内線：</translation>
    </message>
    <message>
        <source>Ringing:</source>
        <translation>呼び出し時間：</translation>
    </message>
    <message>
        <source>Talking:</source>
        <translation>会話時間：</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>保留時間：</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>各段階の時間：</translation>
    </message>
    <message>
        <source>not known: CallWatch joined this call in progress</source>
        <translation>不明（CallWatch が通話の途中から追跡を始めたため）</translation>
    </message>
    <message>
        <source>Last listed:</source>
        <translation>一覧での最終確認：</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>状態時間</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>アラート:</translation>
    </message>
    <message numerus="yes">
        <source>Call longer than %n min</source>
        <translation>
            <numerusform>%n 分を超える通話</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold longer than %1</source>
        <translation>保留が %1 を超過</translation>
    </message>
    <message>
        <source>Caller waiting longer than %1</source>
        <translation>発信者の待ちが %1 を超過</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than %1</source>
        <translation>応答なしの呼び出しが %1 を超過</translation>
    </message>
</context>
<context>
    <name>callwatch::AlertsDialog</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Call longer than, in minutes</source>
        <translation>通話時間の上限 (分)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>On hold longer than, in seconds</source>
        <translation>保留時間の上限 (秒)</translation>
    </message>
    <message>
        <source>Caller waiting in a queue longer than, in seconds</source>
        <translation>キューでの待ち時間の上限 (秒)</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than, in seconds</source>
        <translation>応答のない呼び出しの上限 (秒)</translation>
    </message>
    <message>
        <source>Call &amp;longer than:</source>
        <translation>通話時間の上限(&amp;L):</translation>
    </message>
    <message>
        <source>On &amp;hold longer than:</source>
        <translation>保留時間の上限(&amp;H):</translation>
    </message>
    <message>
        <source>Caller &amp;waiting in a queue longer than:</source>
        <translation>キューでの待ち時間の上限(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Ringing unanswered longer than:</source>
        <translation>応答のない呼び出しの上限(&amp;R):</translation>
    </message>
    <message>
        <source>A call past one of these lines is marked in the table: a coloured row, a warning icon and a line saying which; new ones can also be announced on the desktop. 0 turns a line off.</source>
        <translation>これらの基準を超えた通話は表で印が付きます: 色付きの行、警告アイコン、どの基準かを示す説明。新しいものはデスクトップにも通知できます。0 でその基準はオフになります。</translation>
    </message>
    <message>
        <source>Also announce new alerts on the &amp;desktop</source>
        <translation>新しいアラートをデスクトップにも通知(&amp;D)</translation>
    </message>
</context>
<context>
    <name>callwatch::AuthSession</name>
    <message>
        <source>no client id is configured</source>
        <translation>クライアント ID が設定されていません</translation>
    </message>
    <message>
        <source>no JWT credential is saved</source>
        <translation>JWT 認証情報が保存されていません</translation>
    </message>
    <message>
        <source>the token response is not a bearer token</source>
        <translation>トークンの応答が Bearer トークンではありません</translation>
    </message>
</context>
<context>
    <name>callwatch::ConnectionTest</name>
    <message>
        <source>the answer could not be read</source>
        <translation>応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>Signed in, but your extension could not be read: %1.</source>
        <translation>サインインしましたが、内線を読み取れませんでした: %1。</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), administrator.</source>
        <translation>%1（内線 %2）としてサインインしました。管理者です。</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), not an administrator.</source>
        <translation>%1（内線 %2）としてサインインしました。管理者ではありません。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>サーバーがサインインを拒否しました: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>接続テストに失敗しました: %1</translation>
    </message>
    <message>
        <source>Company calls: readable.</source>
        <translation>会社の通話: 読み取り可能。</translation>
    </message>
    <message>
        <source>My calls: readable.</source>
        <translation>自分の通話: 読み取り可能。</translation>
    </message>
    <message>
        <source>Company calls: not permitted.</source>
        <translation>会社の通話: 許可されていません。</translation>
    </message>
    <message>
        <source>My calls: not permitted.</source>
        <translation>自分の通話: 許可されていません。</translation>
    </message>
    <message>
        <source>Company calls: could not be checked (%1).</source>
        <translation>会社の通話: 確認できませんでした（%1）。</translation>
    </message>
    <message>
        <source>My calls: could not be checked (%1).</source>
        <translation>自分の通話: 確認できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Live call events: available.</source>
        <translation>ライブ通話イベント: 利用できます。</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the Call Control permission (an administrator requests it in the Developer Console and RingCentral approves it); until then the table runs on the active-calls list.</source>
        <translation>ライブ通話イベント: 利用できません。アプリに Call Control 権限がありません（管理者が Developer Console で申請し、RingCentral が承認します）。それまでは、表はアクティブ通話の一覧に基づいて表示されます。</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the WebSocket Subscriptions permission (add it in the Developer Console); until then the table runs on the active-calls list.</source>
        <translation>ライブ通話イベント: 利用できません。アプリに WebSocket Subscriptions 権限がありません（Developer Console で追加してください）。それまでは、表はアクティブ通話の一覧に基づいて表示されます。</translation>
    </message>
    <message>
        <source>Company calls: not permitted: %1.</source>
        <translation>会社の通話: 許可されていません: %1。</translation>
    </message>
    <message>
        <source>My calls: not permitted: %1.</source>
        <translation>自分の通話: 許可されていません: %1。</translation>
    </message>
</context>
<context>
    <name>callwatch::CredentialVault</name>
    <message>
        <source>No keyring in use: secrets are kept in memory for this session only and will not be saved.</source>
        <translation>キーリングを使用していません: 秘密情報はこのセッションの間だけメモリーに保持され、保存されません。</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>キーリングから理由が返されませんでした</translation>
    </message>
    <message>
        <source>No usable keyring (%1): secrets are kept in memory for this session only and will not be saved.</source>
        <translation>使用できるキーリングがありません（%1）: 秘密情報はこのセッションの間だけメモリーに保持され、保存されません。</translation>
    </message>
</context>
<context>
    <name>callwatch::DashboardController</name>
    <message>
        <source>The demo platform could not start on 127.0.0.1.</source>
        <translation>デモ用プラットフォームを 127.0.0.1 で起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>callwatch::DesktopNotifier</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>A call needs attention</source>
        <translation>対応が必要な通話があります</translation>
    </message>
    <message numerus="yes">
        <source>%n calls need attention</source>
        <translation>
            <numerusform>対応が必要な通話が %n 件あります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callwatch::GatewayConnection</name>
    <message>
        <source>Live call events are off</source>
        <translation>リアルタイムの通話イベントはオフです</translation>
    </message>
    <message>
        <source>Reconnecting to live call events…</source>
        <translation>リアルタイムの通話イベントに再接続しています…</translation>
    </message>
    <message>
        <source>Connecting to live call events…</source>
        <translation>リアルタイムの通話イベントに接続しています…</translation>
    </message>
    <message>
        <source>the WebSocket token answer has no token or address</source>
        <translation>WebSocket トークンの応答にトークンまたはアドレスがありません</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>リアルタイムの通話イベントは利用できません: %1</translation>
    </message>
    <message>
        <source>Live call events are unavailable: the gateway address is not secure (%1)</source>
        <translation>リアルタイムの通話イベントは利用できません: ゲートウェイのアドレスが安全ではありません（%1）</translation>
    </message>
    <message>
        <source>The event gateway closed the connection (%1)</source>
        <translation>イベントゲートウェイが接続を閉じました（%1）</translation>
    </message>
    <message>
        <source>Subscribing to live call events…</source>
        <translation>リアルタイムの通話イベントを購読しています…</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>Live call events are reconnecting: %1</source>
        <translation>リアルタイムの通話イベントに再接続しています: %1</translation>
    </message>
</context>
<context>
    <name>callwatch::HeadlessSnapshot</name>
    <message>
        <source>RC_APP_CLIENT_ID is not set</source>
        <translation>RC_APP_CLIENT_ID が設定されていません</translation>
    </message>
    <message>
        <source>authentication failed: %1%2</source>
        <translation>認証に失敗しました: %1%2</translation>
    </message>
    <message>
        <source> (the account-wide list needs an administrator; try --scope extension)</source>
        <translation>（アカウント全体の一覧には管理者権限が必要です。--scope extension を試してください）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; the next try would be in %n s, after the --timeout of %2 s</source>
        <translation>
            <numerusform>%1。次の試行は %n 秒後で、--timeout の %2 秒を過ぎます</numerusform>
        </translation>
    </message>
    <message>
        <source>no complete snapshot within the --timeout of %1 s%2</source>
        <translation>--timeout の %1 秒以内に完全なスナップショットを取得できませんでした%2</translation>
    </message>
</context>
<context>
    <name>callwatch::MainWindow</name>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Rate limit budget</source>
        <translation>レート制限の残り</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>通話を検索</translation>
    </message>
    <message>
        <source>Search numbers, names, extensions (Ctrl+F)</source>
        <translation>番号・名前・内線を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>You are signed out. Sign in with File ▸ Sign in…</source>
        <translation>サインアウトしています。ファイル ▸ サインイン… からサインインしてください。</translation>
    </message>
    <message>
        <source>No calls in progress right now.</source>
        <translation>現在、進行中の通話はありません。</translation>
    </message>
    <message>
        <source>No call matches “%1”.</source>
        <translation>「%1」に一致する通話はありません。</translation>
    </message>
    <message>
        <source>No calls in progress; recently ended calls are hidden.</source>
        <translation>進行中の通話はありません。最近終了した通話は非表示です。</translation>
    </message>
    <message>
        <source>CallWatch — demo (simulated calls)</source>
        <translation>CallWatch — デモ（模擬通話）</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>アカウントのすべての通話</translation>
    </message>
    <message>
        <source>Company-wide calls need an administrator (the ReadCompanyCallLog permission); you can watch your own calls</source>
        <translation>会社全体の通話には管理者権限（ReadCompanyCallLog 権限）が必要です。自分の通話は表示できます</translation>
    </message>
    <message>
        <source>%1 (ext. %2)</source>
        <translation>%1（内線 %2）</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>Sign-in required: %1</source>
        <translation>サインインが必要です: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation>レート制限の解除を待っています…</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>%1 までレート制限中</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s — %1</source>
        <translation>
            <numerusform>オフライン、%n 秒後に再試行 — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — switch to My calls</source>
        <translation>%1 — 「自分の通話」に切り替えてください</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>%n 秒前に更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Heavy requests left: %1 of %2 per %3 s</source>
        <translation>Heavy リクエストの残り: %3 秒あたり %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Active calls: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>アクティブな通話: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>呼び出し中または接続中: &lt;b&gt;—&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>保留中: &lt;b&gt;—&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Longest call now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>現在最長の通話: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recently ended: %1</source>
        <translation>最近終了: %1</translation>
    </message>
    <message>
        <source>Recently ended: %1 (hidden)</source>
        <translation>最近終了: %1（非表示）</translation>
    </message>
    <message>
        <source>Export the calls shown</source>
        <translation>表示中の通話をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>For Microsoft Excel (UTF-8 with BOM)</source>
        <translation>Microsoft Excel 用（BOM 付き UTF-8）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>The calls were not exported.

%1</source>
        <translation>通話はエクスポートされませんでした。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n 件の通話を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of RingCentral? The session is ended on the server.</source>
        <translation>RingCentral からサインアウトしますか？ サーバー上のセッションも終了します。</translation>
    </message>
    <message>
        <source>Also delete the saved JWT and client secret from the keychain</source>
        <translation>保存した JWT とクライアントシークレットもキーリングから削除する</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>呼び出し中または接続中: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls ringing or being connected right now, from live call events</source>
        <translation>リアルタイムの通話イベントによる、現在呼び出し中または接続中の通話</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>保留中: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls on hold or parked right now, from live call events</source>
        <translation>リアルタイムの通話イベントによる、現在保留中またはパーク中の通話</translation>
    </message>
    <message>
        <source>The active-calls list does not report this; it needs live call events, which are not available now: %1</source>
        <translation>アクティブな通話の一覧ではこれはわかりません。リアルタイムの通話イベントが必要ですが、現在は利用できません: %1</translation>
    </message>
    <message>
        <source>Live call events</source>
        <translation>リアルタイムの通話イベント</translation>
    </message>
    <message numerus="yes">
        <source>list read %n s ago</source>
        <translation>
            <numerusform>%n 秒前に一覧を取得</numerusform>
        </translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>リアルタイムイベント</translation>
    </message>
    <message>
        <source>Telephony events drive the table; the active-calls list is read now and then to reconcile it.</source>
        <translation>テレフォニーイベントで表を更新しています。アクティブな通話の一覧はときどき読み取り、表と突き合わせます。</translation>
    </message>
    <message>
        <source>Polling only, connecting live events…</source>
        <translation>定期取得のみ、リアルタイムイベントに接続しています…</translation>
    </message>
    <message>
        <source>Polling only: the app lacks Call Control (an admin requests it; RingCentral approves)</source>
        <translation>定期取得のみ: アプリに Call Control 権限がありません（管理者が申請し、RingCentral が承認します）</translation>
    </message>
    <message>
        <source>Polling only: live events unavailable</source>
        <translation>定期取得のみ: リアルタイムイベントは利用できません</translation>
    </message>
    <message>
        <source>Polling only: the app lacks the %1 permission</source>
        <translation>定期取得のみ: アプリに %1 権限がありません</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt; · queued: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>呼び出し中または接続中: &lt;b&gt;%1&lt;/b&gt; · キュー待機中: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>callwatch::RestClient</name>
    <message>
        <source>the response exceeds %1 MiB</source>
        <translation>応答が %1 MiB を超えています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server URL</source>
        <translation>「%1」は有効なサーバー URL ではありません</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed for loopback addresses only)</source>
        <translation>%1 には https:// を使ってください（http:// はループバックアドレスでのみ使えます）</translation>
    </message>
    <message>
        <source>refused a link to another server: %1</source>
        <translation>別のサーバーへのリンクを拒否しました: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>アドレスの指定なし</translation>
    </message>
    <message>
        <source>to another server (%1); not followed, so no credential goes there</source>
        <translation>別のサーバー（%1）へ。資格情報を送らないよう、追従しませんでした</translation>
    </message>
    <message>
        <source>the server sent %1 bytes in %2 s, too slowly to wait for</source>
        <translation>サーバーは %2 秒で %1 バイトしか送らず、待つには遅すぎます</translation>
    </message>
    <message>
        <source>from https to plain http; not followed</source>
        <translation>https から平文の http へ。追従しませんでした</translation>
    </message>
    <message>
        <source>more than %1 times within the server (a loop); not followed</source>
        <translation>サーバー内で %1 回を超えました（ループ）。追従しませんでした</translation>
    </message>
    <message>
        <source>the connection closed before the server answered; not sent again</source>
        <translation>サーバーが応答する前に接続が閉じられました。再送信はしていません</translation>
    </message>
</context>
<context>
    <name>callwatch::SessionChecker</name>
    <message>
        <source>Calls cannot be checked one by one: %1</source>
        <translation>通話を個別に確認できません: %1</translation>
    </message>
</context>
<context>
    <name>callwatch::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>クライアントシークレットを隠す</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>クライアントシークレットを表示</translation>
    </message>
    <message>
        <source>Hide the JWT credential</source>
        <translation>JWT 認証情報を隠す</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>JWT 認証情報を表示</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://platform.ringcentral.com.</source>
        <translation>サーバーのアドレスを入力してください（例: https://platform.ringcentral.com）。</translation>
    </message>
    <message>
        <source>This is not a valid URL. Enter a full address, such as https://platform.ringcentral.com.</source>
        <translation>有効な URL ではありません。完全なアドレスを入力してください（例: https://platform.ringcentral.com）。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL.</source>
        <translation>URL にユーザー名とパスワードを含めないでください。</translation>
    </message>
    <message>
        <source>Enter the address without a query or fragment (the part from &apos;?&apos; or &apos;#&apos;).</source>
        <translation>クエリやフラグメント（「?」や「#」以降の部分）を除いたアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is allowed only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>アドレスは https:// で始めてください。http:// はこのコンピューター（localhost、127.0.0.1、::1）に対してのみ使えます。</translation>
    </message>
    <message>
        <source>Enter the client ID of your RingCentral app.</source>
        <translation>RingCentral アプリのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Paste the JWT credential of your RingCentral user.</source>
        <translation>RingCentral ユーザーの JWT 認証情報を貼り付けてください。</translation>
    </message>
    <message>
        <source>This does not look like a JWT credential: it should be three parts of letters, digits, &apos;-&apos; and &apos;_&apos;, separated by dots.</source>
        <translation>JWT 認証情報の形式ではありません。英字・数字・「-」・「_」からなる 3 つの部分をドットで区切った形式のはずです。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>%1 への接続をテストしています…</translation>
    </message>
    <message>
        <source>Saving the secrets in the keyring…</source>
        <translation>秘密情報をキーリングに保存しています…</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>キーリングから理由が返されませんでした</translation>
    </message>
    <message>
        <source>Could not save the secrets: %1</source>
        <translation>秘密情報を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Secrets kept for this session only</source>
        <translation>秘密情報はこのセッションの間だけ保持</translation>
    </message>
    <message>
        <source>You are signed in. Next time, CallWatch will ask for the client secret and JWT credential again.</source>
        <translation>サインインしました。次回、CallWatch はクライアントシークレットと JWT 認証情報を再度尋ねます。</translation>
    </message>
</context>
<context>
    <name>callwatch::TelephonyEvents</name>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out the company&apos;s call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves; the account-wide events also need an administrator. The table runs on the active-calls list meanwhile.</source>
        <translation>リアルタイムの通話イベントは利用できません: RingCentral は購読を受け付けましたが、会社の通話イベントを含めませんでした（%1）。アプリには Call Control 権限が必要です。この権限は管理者が Developer Console で申請し、RingCentral が承認します。また、アカウント全体のイベントには管理者も必要です。それまでの間、表はアクティブな通話の一覧をもとに表示されます。</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out your call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves. The table runs on the active-calls list meanwhile.</source>
        <translation>リアルタイムの通話イベントは利用できません: RingCentral は購読を受け付けましたが、自分の通話イベントを含めませんでした（%1）。アプリには Call Control 権限が必要です。この権限は管理者が Developer Console で申請し、RingCentral が承認します。それまでの間、表はアクティブな通話の一覧をもとに表示されます。</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>リアルタイムの通話イベントは利用できません: %1</translation>
    </message>
    <message>
        <source>Reading the calls in progress…</source>
        <translation>進行中の通話を読み込んでいます…</translation>
    </message>
</context>
</TS>
