/** The list of reviews lives with the rest of the review screens. */
export { ReviewsListScreen as ReviewsScreen } from '../review/screens/ReviewsListScreen';
