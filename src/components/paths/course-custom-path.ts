import './course-path.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { Catalog, type CatalogEntry, type CustomPathLabel } from './custom-path-catalog.ts';
import { PathBuilder } from './path-builder.ts';
import { PathViewer } from './path-viewer.ts';
import { isCustomPathQuery } from '../../lib/paths.ts';

/**
 * The custom path page (CustomPath.astro): with a path in the URL, the viewer shows it; without, the
 * builder runs. Each part lives in its own module and its own markup.
 */
class CourseCustomPath extends CourseElement<CustomPathLabel> {
  setup() {
    const catalog = new Catalog(JSON.parse(this.dataset.catalog!) as CatalogEntry[]);
    const label = (key: CustomPathLabel) => this.label(key);
    if (isCustomPathQuery(location.search)) {
      this.$('.builder').hidden = true;
      new PathViewer(this.$('.viewer'), this.$('h1'), catalog, label).show(location.search);
    } else new PathBuilder(this.$('.builder'), catalog, label).start();
  }
}

defineElement('course-custom-path', CourseCustomPath);
