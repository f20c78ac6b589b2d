export default {
  layout: "layouts/article.njk",
  permalink: "/articles/{{ slug }}/",
};
