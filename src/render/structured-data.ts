// schema.org objects for JSON-LD: NewsArticle on article pages, Person on person pages.
import type { SiteConfig } from "../site-config.ts";
import { absoluteUrl } from "../urls.ts";
import type { ArticleView, PersonView } from "./build-site-model.ts";

function publisher(site: SiteConfig) {
  return {
    "@type": "Organization",
    name: site.publisher.name,
    ...(site.publisher.url ? { url: site.publisher.url } : {}),
    ...(site.publisher.logo
      ? { logo: { "@type": "ImageObject", url: absoluteUrl(site.url, site.publisher.logo) } }
      : {}),
  };
}

export function newsArticleData(article: ArticleView, site: SiteConfig): object {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    url: article.absoluteUrl,
    mainEntityOfPage: article.absoluteUrl,
    wordCount: article.wordCount,
    inLanguage: site.language,
    // A name waiting for the editor's review has no page, so no url.
    mentions: article.personLinks.map((person) => ({
      "@type": "Person",
      name: person.name,
      ...(person.url ? { url: absoluteUrl(site.url, person.url) } : {}),
    })),
    about: article.tagLinks.map((tag) => ({
      "@type": "Thing",
      name: tag.name,
      ...(tag.url ? { url: absoluteUrl(site.url, tag.url) } : {}),
    })),
    publisher: publisher(site),
    // The byline when the page has one (articles.yaml); otherwise the publisher signs it.
    author: article.byline?.length
      ? article.byline.map((name) => ({ "@type": "Person", name }))
      : publisher(site),
  };
}

export function personData(person: PersonView, site: SiteConfig): object {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: person.name,
    url: absoluteUrl(site.url, person.url),
    ...(person.roles.length ? { jobTitle: person.roles[0] } : {}),
    ...(person.aliases.length ? { alternateName: person.aliases } : {}),
    ...(person.bio ? { description: person.bio } : {}),
    subjectOf: person.articles.slice(0, 10).map((article) => ({
      "@type": "NewsArticle",
      headline: article.title,
      url: article.absoluteUrl,
    })),
  };
}
