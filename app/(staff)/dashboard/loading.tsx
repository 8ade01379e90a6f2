import { LoadingStatus } from "@/components/loading-status";

export default LoadingStatus;
