package io.claimtrack.ingest.service;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into the line-per-block text the extractor reads: headline, paragraphs and list
 * items (as bullets) are kept, page furniture (navigation, scripts, forms, footers) is dropped.
 */
final class HtmlText {

    private static final String FURNITURE = "script, style, noscript, nav, footer, header nav, aside, form, iframe, "
            + "button, svg, template, [aria-hidden=true], .share, .social, .related, .comments, .advert, .ad";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dd, dt, pre";

    private HtmlText() {
    }

    record Page(String title, String text) {
    }

    static Page convert(String html) {
        Document page = Jsoup.parse(html);
        page.select(FURNITURE).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
        }
        StringBuilder text = new StringBuilder();
        Element h1 = page.selectFirst("h1");
        String title = h1 != null ? h1.text() : page.title();
        if (h1 == null && !title.isBlank()) {
            text.append(title.strip()).append('\n');
        }
        for (Element e : root.select(BLOCKS)) {
            // Nested blocks (a p inside an li) are written once, by their outermost block.
            Element top = root;
            if (e.parents().stream().takeWhile(p -> p != top).anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String line = e.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            if (e.is("li")) {
                boolean sub = e.parents().stream().filter(p -> p.is("ul, ol")).count() > 1;
                text.append(sub ? "– " : "• ");
            }
            text.append(line).append('\n');
        }
        return new Page(title.isBlank() ? null : title.strip(), text.toString());
    }
}
