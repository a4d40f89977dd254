-- Related and prior articles are read from story_relations and the stories'
-- threads when a page is rendered (the clusterer keeps those current), so a
-- copy of them per article could only go stale.
DROP TABLE article_links;
