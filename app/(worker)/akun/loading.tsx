import { LoadingStatus } from "@/components/loading-status";

// Only here: a loading boundary streams the page, so a later notFound() can no
// longer set a 404 status. The officer and staff areas must answer another
// branch's or region's record with a real 404, so they have none.
export default LoadingStatus;
