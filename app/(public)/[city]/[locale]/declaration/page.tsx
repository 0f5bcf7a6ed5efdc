import { notYetPage } from "../_lib/not-yet-page";

export const revalidate = 3600;

const page = notYetPage("declaration", "/declaration");

export const generateMetadata = page.generateMetadata;

/** Nothing of this section can be published yet: the page says so plainly. */
export default page.Page;
