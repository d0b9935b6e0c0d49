/**
 * Strings shaped like an email address that are something else, as data for the
 * email detector. Each row says where the shape comes from. Reviewed 2026-12-04.
 *
 * Most look-alikes need no row: "@types/node@20.1.0", "vue@3.4.0" and
 * "python@3.11" end in a numeric label, which no top-level domain is;
 * "icon@2x.png", "logo@3x.jpg" and "image@1.5x.webp" end in a file extension
 * that is no TLD (see `email-top-level-domains.ts`); "@Component" and "@jane"
 * have no local part or no domain. The rows below cover what the TLD list cannot.
 */

/**
 * File extensions that are also top-level domains, so a TLD check alone lets
 * "icon@2x.zip" or "notes@3x.md" through. With a scale label before them
 * (`\d+x`, `\d+.\d+x`: Apple's and Android's "@2x", "@3x", "@1.5x" asset naming,
 * per Apple's Human Interface Guidelines, "Images", and the same convention in
 * web build tools) they are a file name, never a domain.
 * Extensions checked against the IANA list on 2026-12-04: md (Moldova), zip,
 * mov (Google's gTLDs), py (Paraguay), rs (Serbia), sh (Saint Helena), pl
 * (Poland), so (Somalia), ai (Anguilla), ps (Palestine), cc (Cocos Islands),
 * mp (Northern Mariana Islands), pro, tv, ws.
 */
export const FILE_EXTENSIONS_THAT_ARE_TLDS: readonly string[] = [
  'md', 'zip', 'mov', 'py', 'rs', 'sh', 'pl', 'so', 'ai', 'ps', 'cc', 'mp', 'pro', 'tv', 'ws',
]

/** The letter that ends a scale label ("2x", "1.5x"). */
export const ASSET_SCALE_SUFFIX = 'x'

/**
 * Logins of Git hosting services, written as the user part of an SCP-style
 * remote, `git@github.com:org/repo.git`, or an SSH URL,
 * `ssh://git@gitlab.com/org/repo.git`. The address is email-shaped, and it is
 * one (of the service account "git"), but it names a service, not a person:
 * every GitHub, GitLab, Bitbucket, Codeberg, sourcehut and Azure DevOps
 * (`git@ssh.dev.azure.com:v3/…`) remote uses it, and masking it would break
 * every repository URL in developer chat while protecting nobody. So it is left
 * alone when a remote path follows (":" or "/" then a path character). Plain
 * "git@example.com" in prose is still masked: it may be a team's mailbox.
 * Sources: GitHub Docs, "About remote repositories" (SSH URLs); GitLab Docs,
 * "Use SSH keys to communicate with GitLab"; Azure DevOps Docs, "Use SSH key
 * authentication".
 */
export const GIT_SERVICE_LOGINS: readonly string[] = ['git']

/** Besides letters and digits, what may start the path of a remote after "git@host:" or "git@host/": "~/repo", "./repo", "_org/repo", "/srv/repo". */
export const GIT_REMOTE_PATH_STARTS = '/._~'
