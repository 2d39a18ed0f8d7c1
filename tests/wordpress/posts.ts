/** Posts written as WordPress's block editor saves them, by users of a given role. */
import { wordpressPhp } from './wordpress-server.ts';

/**
 * Publishes a post as a user with the given role (created on first use): WordPress's content filter (kses) applies
 * as for that user. Returns the post's URL.
 */
export function publishAs(role: 'author' | 'administrator', title: string, content: string): string {
  const text = (value: string) => `base64_decode('${Buffer.from(value).toString('base64')}')`;
  return wordpressPhp(`
    $login = 'nso-${role}';
    $user = get_user_by('login', $login);
    $id = $user ? $user->ID : wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(), 'role' => '${role}']);
    wp_set_current_user($id);
    $post = wp_insert_post(['post_title' => ${text(title)}, 'post_content' => ${text(content)}, 'post_status' => 'publish'], true);
    if (is_wp_error($post)) { fwrite(STDERR, $post->get_error_message()); exit(1); }
    echo get_permalink($post);
  `).trim();
}

/** An Embed block, as the block editor saves a pasted URL. */
export const embedBlock = (url: string) =>
  `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"interactive-graphic"} -->\n` +
  `<figure class="wp-block-embed is-type-rich is-provider-interactive-graphic wp-block-embed-interactive-graphic">` +
  `<div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;

/** A Custom HTML block, as an administrator pastes an embed code. */
export const htmlBlock = (code: string) => `<!-- wp:html -->\n${code}\n<!-- /wp:html -->`;
