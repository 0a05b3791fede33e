import { render } from 'preact';
import { ViewerApp } from '../../components/viewer/Viewer';
import '../../components/viewer/viewer.css';

render(<ViewerApp search={location.search} />, document.getElementById('app')!);
